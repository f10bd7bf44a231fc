namespace K8sShop.Inventory.Admin;

/// <summary>
/// Body of <c>POST /api/inventory/admin/categories</c> and <c>PUT .../categories/{id}</c>. Without
/// <paramref name="SortOrder"/> a new category gets 0 and an edited one keeps its position.
/// </summary>
public sealed record CategoryRequest(string? Slug, string? Name, Guid? ParentId, int? SortOrder);
