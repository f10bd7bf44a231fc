namespace K8sShop.Inventory.Stock;

/// <summary>What a reserve, release or commit did.</summary>
public sealed record ReservationResult(StockOutcome Outcome, ReservationView? Reservation, IReadOnlyList<StockShortfall> Shortfalls, string? Detail)
{
    public static ReservationResult Done(ReservationView reservation) => new(StockOutcome.Done, reservation, [], null);

    public static ReservationResult NotFound(Guid orderId) => new(StockOutcome.NotFound, null, [], $"No reservation exists for order {orderId}.");

    public static ReservationResult Conflict(ReservationView reservation, string detail) => new(StockOutcome.Conflict, reservation, [], detail);

    public static ReservationResult Insufficient(IReadOnlyList<StockShortfall> shortfalls) =>
        new(StockOutcome.Insufficient, null, shortfalls, "Not enough stock for every line; nothing was reserved.");
}
