namespace K8sShop.Discounts.Evaluation;

/// <summary>Why a code was refused; stable strings clients branch on.</summary>
public static class RefusalReasons
{
    /// <summary>No such code, or deactivated.</summary>
    public const string Unknown = "unknown";

    public const string Expired = "expired";

    public const string NotYetValid = "not-yet-valid";

    /// <summary>The global limit, or this customer's, is used up (counting uses held by unpaid orders).</summary>
    public const string LimitReached = "limit-reached";

    public const string MinimumNotMet = "minimum-not-met";

    /// <summary>Nothing in the order is in scope, another currency, or a per-customer limit without a known customer.</summary>
    public const string NotApplicable = "not-applicable";

    /// <summary>An exclusive discount applies, or this one is exclusive and another applies first.</summary>
    public const string NotCombinable = "not-combinable";
}
