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

    [Theory]
    [InlineData("localhost:12111")]
    [InlineData("/v1")]
    [InlineData("ftp://127.0.0.1:12111")]
    [InlineData("not a uri")]
    public void A_Stripe_api_base_that_is_not_an_absolute_http_uri_refuses_to_start(string apiBase)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => PaymentsConfig.From(StripeOptions(apiBase)));

        Assert.Contains("Payments:Stripe:ApiBase", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_present", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:12111")]
    [InlineData("https://stripe-mock.test/")]
    public void Stripe_starts_against_Stripe_itself_or_an_absolute_http_api_base_such_as_stripe_mock(string? apiBase) =>
        Assert.Equal("stripe", PaymentsConfig.From(StripeOptions(apiBase)).Provider);

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

    private static PaymentsOptions StripeOptions(string? apiBase) => new()
    {
        Provider = "stripe",
        Stripe = { SecretKey = "sk_test_present", PublishableKey = "pk_test_present", WebhookSecret = "whsec_present", ApiBase = apiBase },
    };
}
