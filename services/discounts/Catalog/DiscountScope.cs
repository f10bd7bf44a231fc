namespace K8sShop.Discounts.Catalog;

/// <summary>Which order lines a discount looks at.</summary>
public enum DiscountScope
{
    All = 1,

    /// <summary>Lines whose category is listed. A line without a category is out of scope (discounts never asks inventory).</summary>
    Categories = 2,

    /// <summary>Lines whose product is listed.</summary>
    Products = 3,
}
