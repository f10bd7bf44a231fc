using K8sShop.Browser.Tests.Hosting;
using Xunit;

namespace K8sShop.Browser.Tests.FakeStripe;

/// <summary>
/// For one test class: the shared shop's payments process restarted on Stripe against <see cref="FakeStripeApi"/>
/// (the other nine processes keep running: a second shop would cost minutes), and restarted as up.sh starts it,
/// on the test provider, once the class is done. Restarted on a class's first test, which brings the shop.
/// </summary>
public sealed class FakeStripePayments : IAsyncLifetime
{
    private DistributedShop? _shop;

    public FakeStripeApi Api { get; private set; } = null!;

    public string PublishableKey { get; } = $"pk_test_fake_{Guid.NewGuid():N}";

    public async Task InitializeAsync() => Api = await FakeStripeApi.StartAsync();

    public async Task OnStripeAsync(DistributedShop shop)
    {
        ArgumentNullException.ThrowIfNull(shop);
        if (_shop is not null)
        {
            return;
        }

        await shop.RestartPaymentsAsync(new Dictionary<string, string>
        {
            ["Payments__Provider"] = "stripe",
            ["Payments__Stripe__SecretKey"] = Api.SecretKey,
            ["Payments__Stripe__PublishableKey"] = PublishableKey,
            ["Payments__Stripe__WebhookSecret"] = $"whsec_fake_{Guid.NewGuid():N}",
            ["Payments__Stripe__ApiBase"] = Api.BaseAddress.ToString(),
        });
        _shop = shop;
    }

    public async Task DisposeAsync()
    {
        if (_shop is not null)
        {
            await _shop.RestartPaymentsAsync(new Dictionary<string, string>());
        }

        await Api.DisposeAsync();
    }
}
