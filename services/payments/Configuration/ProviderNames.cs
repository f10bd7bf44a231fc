namespace K8sShop.Payments.Configuration;

/// <summary>The values <c>Payments:Provider</c> accepts.</summary>
public static class ProviderNames
{
    public const string Test = "test";
    public const string Stripe = "stripe";
    public const string PayPal = "paypal";
}
