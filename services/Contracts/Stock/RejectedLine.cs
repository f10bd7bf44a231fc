namespace K8sShop.Contracts.Stock;

/// <summary>
/// An order line that cannot be served. <paramref name="Reason"/> is one of <see cref="StockRejectionReasons"/>;
/// <paramref name="Available"/> is set when the reason is <see cref="StockRejectionReasons.InsufficientStock"/>.
/// </summary>
public sealed record RejectedLine(Guid ProductId, int Quantity, string Reason, int? Available = null);
