using K8sShop.Billing.Data;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>The invoice rules, run on each engine by the subclasses.</summary>
public abstract class InvoiceNumberingSpecification
{
    // One clock per test (xunit makes an instance per test), so moving it never disturbs another test.
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    private static readonly PriceBreakdown Amounts = new PriceCalculator(
        new TaxRateTable(DefaultTaxRates.Rates, DefaultTaxRates.ExportCountries), new ShippingPolicy())
        .Price(new PricingRequest("EUR", "FR", [new PricingLine(Guid.NewGuid(), 2, 1_250, TaxClasses.Standard)])).Breakdown!;

    protected abstract Task<IHost> HostAsync();

    [Fact]
    public async Task Concurrent_invoices_get_consecutive_numbers_without_gaps()
    {
        using var host = await HostAsync();
        var issued = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => IssueAsync(host, InvoiceKind.Invoice, Guid.NewGuid())));

        var sequences = issued.Select(i => i.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50), sequences);
        Assert.Equal("2026-000001", issued.Single(i => i.Sequence == 1).Number);
        Assert.Equal(50, issued.Select(i => i.Number).Distinct().Count());
    }

    [Fact]
    public async Task A_rolled_back_invoice_gives_its_number_back()
    {
        using var host = await HostAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await InvoiceNumbers.NextAsync(db, InvoiceKind.Invoice, 2026, CancellationToken.None));
            await transaction.RollbackAsync();
        }

        var invoice = await IssueAsync(host, InvoiceKind.Invoice, Guid.NewGuid());
        Assert.Equal("2026-000001", invoice.Number);
    }

    [Fact]
    public async Task Issuing_twice_for_the_same_order_returns_the_first_invoice_and_publishes_once()
    {
        using var host = await HostAsync();
        var order = Guid.NewGuid();
        var first = await IssueAsync(host, InvoiceKind.Invoice, order);
        var second = await IssueAsync(host, InvoiceKind.Invoice, order);

        Assert.Equal(first.Id, second.Id);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        Assert.Equal(1, await db.Invoices.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.MessageType.StartsWith("K8sShop.Contracts.InvoiceIssued")));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_payment_issue_one_invoice()
    {
        using var host = await HostAsync();
        var order = Guid.NewGuid();
        var issued = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => IssueAsync(host, InvoiceKind.Invoice, order)));

        Assert.Single(issued.Select(i => i.Id).Distinct());
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Invoices.CountAsync());
    }

    [Fact]
    public async Task Credit_notes_have_their_own_series_and_each_year_starts_again()
    {
        using var host = await HostAsync();
        var invoice = await IssueAsync(host, InvoiceKind.Invoice, Guid.NewGuid());
        var credit = await IssueAsync(host, InvoiceKind.CreditNote, invoice.OrderId, invoice.Id);
        Assert.Equal("CN-2026-000001", credit.Number);
        Assert.Equal(invoice.Id, credit.CorrectsInvoiceId);

        Clock.Advance(TimeSpan.FromDays(40)); // into 2027
        Assert.Equal("2027-000001", (await IssueAsync(host, InvoiceKind.Invoice, Guid.NewGuid())).Number);
    }

    [Fact]
    public async Task An_issued_invoice_cannot_be_changed_or_deleted()
    {
        using var host = await HostAsync();
        var issued = await IssueAsync(host, InvoiceKind.Invoice, Guid.NewGuid());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var invoice = await db.Invoices.SingleAsync(i => i.Id == issued.Id);
        db.Invoices.Remove(invoice);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private static async Task<Invoice> IssueAsync(IHost host, InvoiceKind kind, Guid orderId, Guid? corrects = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();
        var key = kind == InvoiceKind.Invoice ? $"invoice:{orderId}" : $"credit:{Guid.NewGuid()}";
        return await issuer.IssueAsync(new InvoiceDraft(kind, key, orderId, "customer-1", Amounts, corrects), CancellationToken.None);
    }
}
