namespace K8sShop.Inventory.Stock;

/// <summary>Body of <c>PUT /api/stock/reservations/{orderId}</c>.</summary>
public sealed record ReserveRequest(IReadOnlyList<ReservationLine>? Lines);
