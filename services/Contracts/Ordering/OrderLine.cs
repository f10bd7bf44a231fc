namespace K8sShop.Contracts.Ordering;

/// <summary>One line of a submitted order: which product and how many.</summary>
public sealed record OrderLine(Guid ProductId, int Quantity);
