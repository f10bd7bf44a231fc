using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Platform.Tests.Messaging;

/// <summary>A service database made for these tests, with the outbox and inbox every service has.</summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Payment>().ToTable("payments");
        modelBuilder.Entity<Receipt>().ToTable("receipts");
    }
}
