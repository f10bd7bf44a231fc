using System.Security.Claims;
using K8sShop.Notifications.Storage;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Notifications.Inbox;

/// <summary>The signed-in user's in-app inbox: <c>/api/notifications/inbox</c>. Nobody reads another user's.</summary>
public static class InboxApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapInbox(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var inbox = api.MapGroup("/inbox").WithTags("Inbox").RequireAuthorization(ShopPolicies.Account);
        inbox.MapGet("/", ListAsync).WithSummary("A page of the caller's notifications, newest first.");
        inbox.MapGet("/unread-count", UnreadAsync).WithSummary("How many of the caller's notifications are unread.");
        inbox.MapPost("/{id:guid}/read", MarkReadAsync).WithSummary("Marks one of the caller's notifications read.");
        inbox.MapPost("/read-all", MarkAllReadAsync).WithSummary("Marks all of the caller's notifications read.");
        return api;
    }

    private static async Task<Results<Ok<InboxPage>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, INotificationStore store, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var userId = user.UserId();
        // Three reads, each seeing what was stored before it; in this order an item arriving meanwhile can make the
        // page longer than its counts, never a count that promises an item the page does not show.
        var unread = await store.CountInboxAsync(userId, unreadOnly: true, cancellationToken);
        var total = await store.CountInboxAsync(userId, unreadOnly: false, cancellationToken);
        var items = await store.InboxPageAsync(userId, (page - 1) * pageSize, pageSize, cancellationToken);
        return TypedResults.Ok(new InboxPage([.. items.Select(InboxItemView.Of)], page, pageSize, total, unread));
    }

    private static async Task<Ok<UnreadCount>> UnreadAsync(ClaimsPrincipal user, INotificationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnreadCount(await store.CountInboxAsync(user.UserId(), unreadOnly: true, cancellationToken)));

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        Guid id, ClaimsPrincipal user, INotificationStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.MarkReadAsync(user.UserId(), id, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"You have no notification {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such notification.");

    private static async Task<Ok<MarkedRead>> MarkAllReadAsync(ClaimsPrincipal user, INotificationStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedRead(await store.MarkAllReadAsync(user.UserId(), clock.GetUtcNow().UtcDateTime, cancellationToken)));
}
