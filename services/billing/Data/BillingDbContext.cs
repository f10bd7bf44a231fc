using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Orders;
using K8sShop.Billing.Pricing;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Billing.Data;

/// <summary>The billing service's own database; no other service reads it.</summary>
public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    public DbSet<StoredTaxRate> TaxRates => Set<StoredTaxRate>();

    public DbSet<PricedOrder> PricedOrders => Set<PricedOrder>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<Invoice>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("An issued invoice never changes; issue a credit note instead.");
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StoredTaxRate>(rate =>
        {
            rate.ToTable("tax_rates");
            rate.HasKey(r => new { r.Country, r.TaxClass });
            rate.Property(r => r.Country).HasMaxLength(2).IsFixedLength();
            rate.Property(r => r.TaxClass).HasMaxLength(32);
        });
        modelBuilder.Entity<InvoiceCounter>(counter =>
        {
            counter.ToTable("invoice_counters");
            counter.HasKey(c => new { c.Kind, c.Year });
        });
        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.ToTable("invoices");
            invoice.HasKey(i => i.Id);
            invoice.HasIndex(i => i.Number).IsUnique();
            invoice.HasIndex(i => new { i.Kind, i.Year, i.Sequence }).IsUnique();
            invoice.HasIndex(i => i.CustomerId);
            invoice.HasIndex(i => i.IdempotencyKey).IsUnique();
            invoice.HasIndex(i => i.OrderId);
            invoice.Property(i => i.IdempotencyKey).HasMaxLength(100);
            invoice.Property(i => i.Number).HasMaxLength(32);
            invoice.Property(i => i.CustomerId).HasMaxLength(64);
            invoice.Property(i => i.Currency).HasMaxLength(3).IsFixedLength();
            invoice.Property(i => i.BillTo).HasMaxLength(500);
        });
        modelBuilder.Entity<PricedOrder>(order =>
        {
            order.ToTable("priced_orders");
            order.HasKey(o => o.OrderId);
            order.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
            order.Property(o => o.ShippingCountry).HasMaxLength(2).IsFixedLength();
            order.Property(o => o.FailureReason).HasMaxLength(2000);
            order.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        });
    }
}
