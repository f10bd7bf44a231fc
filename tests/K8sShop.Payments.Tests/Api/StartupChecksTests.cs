using K8sShop.Payments.Configuration;
using Xunit;

namespace K8sShop.Payments.Tests.Api;

/// <summary>The service refuses to start with a provider it cannot use, and says which settings are missing, never their values.</summary>
public sealed class StartupChecksTests
{
    [Fact]
    public void Stripe_without_its_secrets_refuses_to_start_naming_what_is_missing()
    {
        var options = new PaymentsOptions { Provider = "stripe" };
        options.Stripe.SecretKey = "sk_test_present";

        var failure = Assert.Throws<InvalidOperationException>(() => PaymentsConfig.From(options));

        Assert.Contains("Payments:Stripe:PublishableKey", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Payments:Stripe:WebhookSecret", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Payments:Stripe:SecretKey", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_present", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PayPal_without_its_client_secret_refuses_to_start()
    {
        var options = new PaymentsOptions { Provider = "PayPal" };
        options.PayPal.ClientId = "client";

        var failure = Assert.Throws<InvalidOperationException>(() => PaymentsConfig.From(options));

        Assert.Contains("Payments:PayPal:ClientSecret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_refuses_to_start()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => PaymentsConfig.From(new PaymentsOptions { Provider = "bitcoin" }));
        Assert.Contains("bitcoin", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_provider_needs_nothing_and_is_the_default()
    {
        Assert.Equal("test", PaymentsConfig.From(new PaymentsOptions()).Provider);
        Assert.Equal("paypal", PaymentsConfig.From(new PaymentsOptions { Provider = "paypal", PayPal = { ClientId = "id", ClientSecret = "secret" } }).Provider);
    }
}
