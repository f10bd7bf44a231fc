using K8sShop.Notifications.Email;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Live;
using K8sShop.Notifications.Preferences;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;

namespace K8sShop.Notifications;

/// <summary>The notifications service's HTTP endpoints, all under <c>/api/notifications</c>, and its hub.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(NotificationsService.Name);
        api.MapInbox();
        api.MapPreferences();
        api.MapDevMail();
        app.MapHub<NotificationsHub>(NotificationsHub.Path).RequireAuthorization(ShopPolicies.Account);
        return app;
    }
}
