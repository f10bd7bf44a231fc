using K8sShop.ServiceDefaults.Data;
using K8sShop.Stockcheck.Reservations;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Stockcheck.Data;

/// <summary>The stockcheck service's own database; no other service reads it.</summary>
public sealed class StockcheckDbContext(DbContextOptions<StockcheckDbContext> options) : ServiceDbContext(options)
{
    public DbSet<OrderReservation> Reservations => Set<OrderReservation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<OrderReservation>(reservation =>
        {
            reservation.ToTable("order_reservations");
            reservation.HasKey(r => r.OrderId);
            reservation.HasIndex(r => new { r.Status, r.ExpiresAtUtc });
            reservation.Property(r => r.AnswerJson).HasMaxLength(16000);
        });
    }
}
