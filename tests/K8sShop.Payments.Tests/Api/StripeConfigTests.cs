using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Payments.Api;
using K8sShop.Payments.Tests.Hosting;
using Xunit;

namespace K8sShop.Payments.Tests.Api;

/// <summary>With Stripe active, the web app learns the publishable key, and never the secret key or the webhook secret.</summary>
public sealed class StripeConfigTests(StripeShop shop) : IClassFixture<StripeShop>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_config_gives_the_publishable_key_and_no_secret()
    {
        using var response = await shop.Host.Client.GetAsync(new Uri("api/payments/config", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = JsonSerializer.Deserialize<PaymentsConfigView>(body, Json)!;
        Assert.Equal(("stripe", StripeShop.PublishableKey, null), (config.Provider, config.StripePublishableKey, config.TestTokens));
        Assert.DoesNotContain(StripeShop.SecretKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain(StripeShop.WebhookSecret, body, StringComparison.Ordinal);
    }
}
