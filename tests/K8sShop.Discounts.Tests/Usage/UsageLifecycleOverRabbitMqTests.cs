using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Discounts.Tests.Hosting;
using K8sShop.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Discounts.Tests.Usage;

/// <summary>The saga's messages, published on the real broker each twice with one message id, move held uses once.</summary>
[Collection(SharedDiscountsApp.Name)]
public sealed class UsageLifecycleOverRabbitMqTests : IDisposable
{
    private readonly DiscountsApp _app;
    private readonly Hosting.Api _api;
    private readonly DeliveryCounter _deliveries = new();
    private readonly ConnectHandle _observer;

    public UsageLifecycleOverRabbitMqTests(DiscountsApp app)
    {
        _app = app;
        _api = new Hosting.Api(app);
        _observer = app.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(_deliveries);
    }

    [Fact]
    public async Task Paying_redeems_the_held_use_once()
    {
        var (order, discount) = await ReservedAsync();
        await DeliverTwiceAsync(new OrderPaid(order, Guid.NewGuid(), 45_00, "EUR", DateTimeOffset.UtcNow));
        Assert.Equal((1, 0), await _app.CountersAsync(discount));
    }

    [Fact]
    public async Task A_failed_payment_releases_the_held_use_once()
    {
        var (order, discount) = await ReservedAsync(reservations: 2);
        await DeliverTwiceAsync(new PaymentFailed(order, "declined", DateTimeOffset.UtcNow));
        Assert.Equal((0, 1), await _app.CountersAsync(discount));

        // The cancellation that follows finds nothing left to release.
        await DeliverTwiceAsync(new OrderCancelled(order, "payment failed", DateTimeOffset.UtcNow));
        Assert.Equal((0, 1), await _app.CountersAsync(discount));
    }

    [Fact]
    public async Task An_expired_reservation_releases_the_held_use_once()
    {
        var (order, discount) = await ReservedAsync();
        await DeliverTwiceAsync(new ReservationExpired(order, DateTimeOffset.UtcNow));
        Assert.Equal((0, 0), await _app.CountersAsync(discount));
    }

    [Fact]
    public async Task A_failed_pricing_releases_the_held_use_once()
    {
        var (order, discount) = await ReservedAsync();
        await DeliverTwiceAsync(new OrderPricingFailed(order, "no tax rate", DateTimeOffset.UtcNow));
        Assert.Equal((0, 0), await _app.CountersAsync(discount));
    }

    [Fact]
    public async Task Cancelling_a_paid_order_gives_its_use_back_once()
    {
        var (order, discount) = await ReservedAsync();
        await DeliverTwiceAsync(new OrderPaid(order, Guid.NewGuid(), 45_00, "EUR", DateTimeOffset.UtcNow));
        await DeliverTwiceAsync(new OrderCancelled(order, "changed my mind", DateTimeOffset.UtcNow));
        Assert.Equal((0, 0), await _app.CountersAsync(discount));
    }

    [Fact]
    public async Task A_released_use_makes_room_under_the_limit_again()
    {
        var code = Hosting.Api.NewCode("ROOM");
        await _api.CreateAsync(Hosting.Api.Percentage(code, 10, usageLimit: 1));
        var order = Guid.NewGuid();
        Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(order, null, code))).Applied);
        Assert.Empty((await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), null, code))).Applied);

        await DeliverTwiceAsync(new PaymentFailed(order, "declined", DateTimeOffset.UtcNow));
        Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), null, code))).Applied);
    }

    public void Dispose() => _observer.Disconnect();

    private async Task<(Guid Order, Guid Discount)> ReservedAsync(int reservations = 1)
    {
        var code = Hosting.Api.NewCode("FLOW");
        var discount = await _api.CreateAsync(Hosting.Api.Percentage(code, 10, usageLimit: 100, perCustomerLimit: 100));
        var order = Guid.NewGuid();
        Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(order, _app.Callers.CustomerId, code))).Applied);
        for (var i = 1; i < reservations; i++)
        {
            Assert.Single((await _api.ReserveAsync(Hosting.Api.Reservation(Guid.NewGuid(), _app.Callers.CustomerId, code))).Applied);
        }

        Assert.Equal((0, reservations), await _app.CountersAsync(discount.Id));
        return (order, discount.Id);
    }

    /// <summary>Publishes the message twice with one id (a redelivery) and waits until both deliveries were consumed.</summary>
    private async Task DeliverTwiceAsync<T>(T message)
        where T : class
    {
        var id = NewId.NextGuid();
        var publisher = _app.Services.GetRequiredService<IBus>();
        await publisher.Publish(message, context => context.MessageId = id);
        await publisher.Publish(message, context => context.MessageId = id);
        var consumed = await Eventually.ReachesAsync(() => Task.FromResult(_deliveries.Of(id)), n => n >= 2, TimeSpan.FromSeconds(60));
        Assert.Equal(2, consumed);
    }
}
