using Microsoft.AspNetCore.SignalR;

namespace K8sShop.Chat.Live;

/// <summary>
/// The errors a hub caller gets. Each message starts with a stable code (before the colon) that
/// clients branch on, like a ProblemDetails <c>type</c>.
/// </summary>
public static class ChatErrors
{
    public static HubException NotFound() => new("not-found: no such conversation");

    public static HubException Forbidden() => new("forbidden: this conversation is not yours");

    public static HubException NotYourOrder() => new("order-not-found: you have no such order");

    public static HubException OrdersUnavailable() => new("orders-unavailable: the order could not be checked; try again");

    public static HubException Closed() => new("conversation-closed: the conversation is closed");

    public static HubException Taken() => new("conversation-taken: another agent has taken this conversation");

    public static HubException Empty() => new("message-empty: a message needs some text");

    public static HubException TooLong(int max) => new($"message-too-long: messages are at most {max} characters");

    public static HubException RateLimited(int count, TimeSpan window) =>
        new($"rate-limited: at most {count} messages every {window.TotalSeconds:0.#} seconds");
}
