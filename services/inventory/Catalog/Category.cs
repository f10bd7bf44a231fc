namespace K8sShop.Inventory.Catalog;

/// <summary>A node of the two-level category tree: a top-level category or one of its sub-categories.</summary>
public sealed class Category
{
    public Guid Id { get; set; }

    /// <summary>Null for a top-level category; a sub-category's parent is always top-level.</summary>
    public Guid? ParentId { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>
    /// False hides the category, and with it its sub-categories, from the public tree and category lists.
    /// A sub-category keeps its own flag, so reactivating its parent brings back exactly what was visible before.
    /// Products keep their own flag: they stay searchable and buyable (see the service README).
    /// </summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
