namespace K8sShop.Billing.Invoicing;

/// <summary>One page of documents, newest first, and how many match in all.</summary>
public sealed record InvoicePage(IReadOnlyList<InvoiceSummary> Items, int Page, int PageSize, int Total);
