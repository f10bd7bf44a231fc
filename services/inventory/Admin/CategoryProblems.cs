using K8sShop.ServiceDefaults.Errors;

namespace K8sShop.Inventory.Admin;

/// <summary>Stable ProblemDetails types of the admin category endpoints beyond the generic ones.</summary>
public static class CategoryProblems
{
    /// <summary>A sub-category cannot be reactivated while its parent is inactive: shoppers still would not see it.</summary>
    public const string ParentInactive = ProblemTypes.Base + "category-parent-inactive";
}
