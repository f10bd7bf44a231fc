using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Usage;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Discounts.Data;

/// <summary>The discounts service's own database; no other service reads it.</summary>
public sealed class DiscountsDbContext(DbContextOptions<DiscountsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Discount> Discounts => Set<Discount>();

    public DbSet<CustomerUsage> CustomerUsages => Set<CustomerUsage>();

    public DbSet<DiscountUse> Uses => Set<DiscountUse>();

    public DbSet<PricedOrder> PricedOrders => Set<PricedOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Discount>(discount =>
        {
            discount.ToTable("discounts");
            discount.HasKey(d => d.Id);
            discount.HasIndex(d => d.Code).IsUnique(); // NULLs (automatic discounts) do not collide on either engine
            discount.HasIndex(d => new { d.IsActive, d.Priority });
            discount.Property(d => d.Code).HasMaxLength(64);
            discount.Property(d => d.Name).HasMaxLength(200);
            discount.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
            discount.Ignore(d => d.ScopeIds);
            discount.Ignore(d => d.IsLimited);
        });
        modelBuilder.Entity<CustomerUsage>(usage =>
        {
            usage.ToTable("customer_usages");
            usage.HasKey(u => new { u.DiscountId, u.CustomerId });
            usage.HasIndex(u => u.CustomerId);
            usage.HasOne<Discount>().WithMany().HasForeignKey(u => u.DiscountId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DiscountUse>(use =>
        {
            use.ToTable("discount_uses");
            use.HasKey(u => new { u.OrderId, u.DiscountId });
            use.HasIndex(u => u.DiscountId);
            use.HasOne<Discount>().WithMany().HasForeignKey(u => u.DiscountId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PricedOrder>(order =>
        {
            order.ToTable("priced_orders");
            order.HasKey(o => o.OrderId);
        });
    }
}
