namespace K8sShop.Inventory.Admin;

/// <summary>Body of <c>POST /api/inventory/admin/categories</c>.</summary>
public sealed record CategoryRequest(string? Slug, string? Name, Guid? ParentId, int SortOrder);
