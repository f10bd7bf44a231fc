namespace K8sShop.Contracts;

/// <summary>An invoice or credit note was issued; notifications sends it, orders links it.</summary>
public sealed record InvoiceIssued(
    Guid InvoiceId,
    string Number,
    bool IsCreditNote,
    Guid OrderId,
    string CustomerId,
    long TotalMinor,
    string Currency,
    DateTimeOffset IssuedAt) : IIntegrationMessage;
