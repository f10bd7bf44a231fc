using K8sShop.Chat.Live;
using K8sShop.Chat.Storage;
using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Chat;

/// <summary>Registers the chat service; called by its own Program and by the one-process host.</summary>
public static class ChatService
{
    public const string Name = "chat";

    public static WebApplicationBuilder AddChat(this WebApplicationBuilder builder)
    {
        builder.AddChatStorage(Name);
        builder.AddChatLive();
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
