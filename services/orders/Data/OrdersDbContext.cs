using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Ordering;
using K8sShop.Orders.Telemetry;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace K8sShop.Orders.Data;

/// <summary>
/// The orders service's own database; no other service reads it. Saving announces every status change
/// of a tracked order as <see cref="OrderStatusChanged"/> in the same transaction, so no code path can forget to.
/// </summary>
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changed = ChangeTracker.Entries<Order>().Select(e => e.Entity).Where(o => o.PendingChanges.Count > 0).ToList();
        var announced = changed.SelectMany(o => o.PendingChanges.Select(c => (Order: o, Change: c))).ToList();
        foreach (var (order, change) in announced)
        {
            Publish(new OrderStatusChanged(
                order.Id, order.CustomerId, change.To.ToString(), change.From?.ToString(), change.Reason,
                change.To == OrderStatus.Shipped ? order.TrackingNumber : null, change.Version, change.At));
        }

        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var order in changed)
        {
            order.ClearPendingChanges();
        }

        foreach (var (order, change) in announced)
        {
            OrdersTelemetry.Record(order, change.To);
        }

        return written;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Order>(order =>
        {
            order.ToTable("orders");
            order.HasKey(o => o.Id);
            // Ids are made by the code (Guid v7), so a child added to a loaded order is an insert, never taken for an existing row.
            order.Property(o => o.Id).ValueGeneratedNever();
            order.Ignore(o => o.PendingChanges);
            order.Ignore(o => o.WasPaid);
            order.Property(o => o.Version).IsConcurrencyToken();
            order.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
            order.Property(o => o.IdempotencyKey).HasMaxLength(Order.MaxIdempotencyKeyLength);
            order.Property(o => o.RequestHash).HasMaxLength(64);
            order.Property(o => o.PaymentToken).HasMaxLength(Order.MaxPaymentTokenLength);
            order.Property(o => o.Currency).HasMaxLength(3);
            order.Property(o => o.TrackingNumber).HasMaxLength(Order.MaxTrackingNumberLength);
            order.HasIndex(o => new { o.CustomerId, o.IdempotencyKey }).IsUnique();
            order.HasIndex(o => new { o.CustomerId, o.CreatedAtUtc });
            order.HasIndex(o => new { o.Status, o.CreatedAtUtc });
            order.HasIndex(o => o.CreatedAtUtc);
            order.OwnsOne(o => o.ShippingAddress, Address);
            order.OwnsOne(o => o.BillingAddress, Address);
            order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
            order.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
            order.Navigation(o => o.Lines).AutoInclude();
            order.Navigation(o => o.History).AutoInclude();
        });
        modelBuilder.Entity<OrderLineItem>(line =>
        {
            line.ToTable("order_lines");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.Sku).HasMaxLength(OrderLineItem.MaxSkuLength);
            line.Property(l => l.Name).HasMaxLength(OrderLineItem.MaxNameLength);
            line.Property(l => l.Currency).HasMaxLength(3);
            line.Property(l => l.TaxClass).HasMaxLength(32);
        });
        modelBuilder.Entity<OrderHistoryEntry>(entry =>
        {
            entry.ToTable("order_history");
            entry.HasKey(h => h.Id);
            entry.Property(h => h.Id).ValueGeneratedNever();
            entry.HasIndex(h => new { h.OrderId, h.Version });
            entry.Property(h => h.Status).HasConversion<string>().HasMaxLength(32);
            entry.Property(h => h.PreviousStatus).HasConversion<string>().HasMaxLength(32);
            entry.Property(h => h.Reason).HasMaxLength(OrderHistoryEntry.MaxReasonLength);
        });
    }

    private static void Address<TOwner>(OwnedNavigationBuilder<TOwner, OrderAddress> address)
        where TOwner : class
    {
        address.Property(a => a.Name).HasMaxLength(OrderAddress.MaxNameLength);
        address.Property(a => a.Line1).HasMaxLength(OrderAddress.MaxLineLength);
        address.Property(a => a.Line2).HasMaxLength(OrderAddress.MaxLineLength);
        address.Property(a => a.PostalCode).HasMaxLength(OrderAddress.MaxPostalCodeLength);
        address.Property(a => a.City).HasMaxLength(OrderAddress.MaxCityLength);
        address.Property(a => a.Country).HasMaxLength(2);
    }
}
