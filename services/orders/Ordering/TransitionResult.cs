namespace K8sShop.Orders.Ordering;

/// <summary>
/// The outcome of asking an order to change: it moved, or it refused because the change is not in
/// <see cref="OrderTransitions"/> (or the action does not fit the order's state). A refusal is a value, not an exception.
/// </summary>
public sealed record TransitionResult(bool Succeeded, OrderStatus From, OrderStatus To, string? Error)
{
    public static TransitionResult Moved(OrderStatus from, OrderStatus to) => new(true, from, to, null);

    public static TransitionResult Refused(OrderStatus from, OrderStatus to, string? why = null) =>
        new(false, from, to, why ?? $"An order that is {from} cannot become {to}.");
}
