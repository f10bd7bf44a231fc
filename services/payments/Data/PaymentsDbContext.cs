using K8sShop.Payments.Payments;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments.Data;

/// <summary>The payments service's own database; no other service reads it.</summary>
public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<ProviderCall> ProviderCalls => Set<ProviderCall>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<CancelledOrder> CancelledOrders => Set<CancelledOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Payment>(payment =>
        {
            payment.ToTable("payments");
            payment.HasKey(p => p.Id);
            // One payment per order: the second ChargePayment finds the first instead of charging again.
            payment.HasIndex(p => p.OrderId).IsUnique();
            payment.HasIndex(p => p.ProviderReference);
            payment.Property(p => p.Currency).HasMaxLength(3);
            payment.Property(p => p.Provider).HasMaxLength(16);
            payment.Property(p => p.IdempotencyKey).HasMaxLength(64);
            payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            payment.Property(p => p.ProviderReference).HasMaxLength(128);
            payment.Property(p => p.FailureReason).HasMaxLength(300);
        });
        modelBuilder.Entity<Refund>(refund =>
        {
            refund.ToTable("refunds");
            refund.HasKey(r => r.Id);
            // A payment may be refunded in parts: one row per refund request, whose key is also the provider's idempotency key.
            refund.HasIndex(r => new { r.PaymentId, r.IdempotencyKey }).IsUnique();
            refund.HasIndex(r => r.OrderId);
            refund.Property(r => r.Currency).HasMaxLength(3);
            refund.Property(r => r.Reason).HasMaxLength(300);
            refund.Property(r => r.IdempotencyKey).HasMaxLength(64);
            refund.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            refund.Property(r => r.ProviderReference).HasMaxLength(128);
            refund.Property(r => r.FailureReason).HasMaxLength(300);
        });
        modelBuilder.Entity<CancelledOrder>(cancelled =>
        {
            cancelled.ToTable("cancelled_orders");
            cancelled.HasKey(c => c.OrderId);
        });
        modelBuilder.Entity<ProviderCall>(call =>
        {
            call.ToTable("provider_calls");
            call.HasKey(c => c.Id);
            call.HasIndex(c => c.OrderId);
            call.Property(c => c.Provider).HasMaxLength(16);
            call.Property(c => c.Operation).HasMaxLength(16);
            call.Property(c => c.IdempotencyKey).HasMaxLength(64);
            call.Property(c => c.ProviderRequestId).HasMaxLength(128);
            call.Property(c => c.Outcome).HasMaxLength(16);
            call.Property(c => c.ProviderCode).HasMaxLength(64);
        });
        modelBuilder.Entity<WebhookEvent>(webhook =>
        {
            webhook.ToTable("webhook_events");
            webhook.HasKey(e => new { e.Provider, e.EventId });
            webhook.Property(e => e.Provider).HasMaxLength(16);
            webhook.Property(e => e.EventId).HasMaxLength(128);
            webhook.Property(e => e.Type).HasMaxLength(100);
            webhook.Property(e => e.ObjectId).HasMaxLength(128);
            webhook.Property(e => e.Handling).HasMaxLength(16);
        });
    }
}
