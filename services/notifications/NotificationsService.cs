using K8sShop.Notifications.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Notifications;

/// <summary>Registers the notifications service; called by its own Program and by the one-process host.</summary>
public static class NotificationsService
{
    public const string Name = "notifications";

    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
