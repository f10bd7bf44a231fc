namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>The checkout shop with room for dozens of shoppers registering and signing in from one address within a minute.</summary>
public sealed class CrowdShop : CheckoutShop
{
    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["RateLimits:RegisterPerAddressPerMinute"] = "1000",
        ["RateLimits:LoginPerAddressPerMinute"] = "1000",
    };
}
