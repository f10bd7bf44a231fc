namespace K8sShop.Inventory.Admin;

/// <summary>
/// A category as the back-office manages it: its position and its own active flag, and whether shoppers
/// see it (<paramref name="Visible"/>: active, and under an active parent), with its sub-categories.
/// </summary>
public sealed record AdminCategory(
    Guid Id, string Slug, string Name, Guid? ParentId, int SortOrder, bool Active, bool Visible, IReadOnlyList<AdminCategory> Children);
