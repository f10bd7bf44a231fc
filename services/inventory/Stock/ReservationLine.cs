namespace K8sShop.Inventory.Stock;

/// <summary>One product and quantity of a reservation, as the stock API reads and answers it.</summary>
public sealed record ReservationLine(Guid ProductId, int Quantity);
