using K8sShop.Chat.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Chat;

/// <summary>Registers the chat service; called by its own Program and by the one-process host.</summary>
public static class ChatService
{
    public const string Name = "chat";

    public static WebApplicationBuilder AddChat(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ChatDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
