using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Chat;

/// <summary>The chat service's HTTP endpoints, all under <c>/api/chat</c>.</summary>
public static class ChatApi
{
    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(ChatService.Name);
        return app;
    }
}
