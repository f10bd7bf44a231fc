using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Notifications.Live;

/// <summary>
/// Live in-app notifications and order status changes (<c>/hubs/notifications</c>). A connection joins only its own user's
/// group, chosen from the token's subject; the hub has no method a client could use to join another.
/// </summary>
public sealed class NotificationsHub : Hub
{
    public const string Path = "/hubs/notifications";

    /// <summary>The client method a new inbox item is pushed to (when the user keeps in-app notifications on).</summary>
    public const string NotificationMethod = "notification";

    /// <summary>The client method every status change of the user's own orders is pushed to, whatever the preferences.</summary>
    public const string OrderStatusMethod = "orderStatusChanged";

    public static string GroupOf(Guid userId) => $"user:{userId:N}";

    public override async Task OnConnectedAsync()
    {
        var subject = Context.User?.FindFirst(ShopClaims.Subject)?.Value;
        if (!Guid.TryParse(subject, out var userId))
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(userId));
        await base.OnConnectedAsync();
    }
}
