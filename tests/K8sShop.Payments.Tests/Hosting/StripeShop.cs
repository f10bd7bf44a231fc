namespace K8sShop.Payments.Tests.Hosting;

/// <summary>Payments with Stripe as the provider; Stripe's HTTP client answers from <see cref="PaymentsShop.Recorded"/>.</summary>
public sealed class StripeShop : PaymentsShop
{
    public const string WebhookSecret = "whsec_5f8a0c1d2e3b4a5968776655443322110ffeeddc";
    public const string PublishableKey = "pk_test_TYooMQauvdEDq54NiTphI7jx";
    public const string SecretKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider"] = "stripe",
        ["Payments:Stripe:SecretKey"] = SecretKey,
        ["Payments:Stripe:PublishableKey"] = PublishableKey,
        ["Payments:Stripe:WebhookSecret"] = WebhookSecret,
        ["Payments:MaxAttempts"] = "3",
    };
}
