using K8sShop.Chat.Live;
using K8sShop.Chat.Transcripts;
using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Chat;

/// <summary>The chat service's endpoints: the REST API under <c>/api/chat</c> and the hub at <c>/hubs/chat</c>.</summary>
public static class ChatApi
{
    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(ChatService.Name).MapTranscripts();
        app.MapChatHub();
        return app;
    }
}
