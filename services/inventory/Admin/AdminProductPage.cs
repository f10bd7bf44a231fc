namespace K8sShop.Inventory.Admin;

/// <summary>One page of the admin's product list, newest change first, and how many match in all.</summary>
public sealed record AdminProductPage(IReadOnlyList<AdminProductRow> Items, int Total, int Page, int PageSize);
