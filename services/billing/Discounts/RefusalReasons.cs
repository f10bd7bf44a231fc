namespace K8sShop.Billing.Discounts;

/// <summary>The reasons the discounts service gives for refusing a code, and how a shopper reads them.</summary>
public static class RefusalReasons
{
    public const string Unknown = "unknown";
    public const string Expired = "expired";
    public const string NotYetValid = "not-yet-valid";
    public const string LimitReached = "limit-reached";
    public const string MinimumNotMet = "minimum-not-met";
    public const string NotApplicable = "not-applicable";
    public const string NotCombinable = "not-combinable";

    public static string Explain(RefusedCode refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var why = refused.Reason switch
        {
            Unknown => "does not exist",
            Expired => "has expired",
            NotYetValid => "is not valid yet",
            LimitReached => "has been used up",
            MinimumNotMet => "needs a larger order",
            NotApplicable => "does not apply to these products",
            NotCombinable => "cannot be combined with another discount in this order",
            _ => "cannot be used",
        };
        return $"The discount code '{refused.Code}' {why}.";
    }
}
