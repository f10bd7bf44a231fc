namespace K8sShop.Inventory.Stock;

/// <summary>An order's reservation as the stock API answers it.</summary>
public sealed record ReservationView(Guid OrderId, ReservationStatus Status, IReadOnlyList<ReservationLine> Lines);
