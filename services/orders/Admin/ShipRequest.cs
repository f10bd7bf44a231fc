namespace K8sShop.Orders.Admin;

/// <summary>The carrier's tracking number for a shipped order.</summary>
public sealed record ShipRequest(string? TrackingNumber);
