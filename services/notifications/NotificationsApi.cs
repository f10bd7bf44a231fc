using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Notifications;

/// <summary>The notifications service's HTTP endpoints, all under <c>/api/notifications</c>.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(NotificationsService.Name);
        return app;
    }
}
