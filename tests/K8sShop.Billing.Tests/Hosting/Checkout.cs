using K8sShop.Billing.Invoicing;
using K8sShop.Contracts.Checkout;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>What the orders saga would send billing, and waiting for billing's answers.</summary>
public static class Checkout
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static PostalAddress Address(string country = "FR") => new("Ada Lovelace", "1 rue de la Paix", null, "75002", "Paris", country);

    public static ReservedLine Line(Guid productId, string name, int quantity, long unitPriceMinor, string taxClass = "standard") =>
        new(productId, "SKU-" + name.ToUpperInvariant(), name, quantity, unitPriceMinor, "EUR", taxClass);

    public static PriceOrder Order(Guid? customerId, IReadOnlyList<ReservedLine> lines, IReadOnlyList<string>? codes = null, string country = "FR") =>
        new(Guid.NewGuid(), customerId, lines, Address(country), Address(country), codes ?? []);

    /// <summary>The first answer of type <typeparamref name="T"/> billing published for the order.</summary>
    public static async Task<T> AnswerAsync<T>(Guid orderId, int count = 1)
    {
        var answers = await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<T>(orderId)), a => a.Count >= count, Patience);
        Assert.True(answers.Count >= count, $"expected {count} {typeof(T).Name} for order {orderId}, got {answers.Count}");
        return answers[0];
    }

    /// <summary>Prices and pays an order for <paramref name="customerId"/>; returns its issued invoice.</summary>
    public static async Task<Invoice> InvoicedOrderAsync(BillingApp app, Guid? customerId, Guid productId)
    {
        ArgumentNullException.ThrowIfNull(app);
        var order = Order(customerId, [Line(productId, "Mug", 2, 1_250)]);
        await app.PublishAsync(order);
        var priced = await AnswerAsync<OrderPriced>(order.OrderId);
        await app.PublishAsync(new OrderPaid(order.OrderId, Guid.NewGuid(), priced.TotalMinor, priced.Currency, DateTimeOffset.UtcNow));
        return await InvoiceAsync(app, order.OrderId, InvoiceKind.Invoice);
    }

    public static async Task<Invoice> InvoiceAsync(BillingApp app, Guid orderId, InvoiceKind kind, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(app);
        var documents = await Eventually.ReachesAsync(
            () => app.QueryAsync(db => db.Invoices.AsNoTracking().Where(i => i.OrderId == orderId && i.Kind == kind).OrderBy(i => i.Sequence).ToListAsync()),
            found => found.Count >= count,
            Patience);
        Assert.True(documents.Count >= count, $"no {kind} for order {orderId}");
        return documents[^1];
    }
}
