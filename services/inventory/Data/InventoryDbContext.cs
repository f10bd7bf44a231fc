using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Data;

/// <summary>The inventory service's own database; no other service reads it.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductAttributeValue> ProductAttributes => Set<ProductAttributeValue>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    public DbSet<StockReservation> StockReservations => Set<StockReservation>();

    public DbSet<StockLedgerEntry> StockLedger => Set<StockLedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Category>(category =>
        {
            category.ToTable("categories");
            category.HasKey(c => c.Id);
            category.HasIndex(c => c.Slug).IsUnique();
            category.HasIndex(c => c.ParentId);
            category.Property(c => c.Slug).HasMaxLength(100);
            category.Property(c => c.Name).HasMaxLength(200);
            category.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Product>(product =>
        {
            product.ToTable("products");
            product.HasKey(p => p.Id);
            product.HasIndex(p => p.Sku).IsUnique();
            product.HasIndex(p => p.Slug).IsUnique();
            product.HasIndex(p => new { p.CategoryId, p.IsActive });
            product.HasIndex(p => p.PriceMinor);
            product.HasIndex(p => p.CreatedAtUtc);
            product.Property(p => p.Sku).HasMaxLength(64);
            product.Property(p => p.Slug).HasMaxLength(200);
            product.Property(p => p.Name).HasMaxLength(200);
            product.Property(p => p.Description).HasMaxLength(4000);
            product.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
            product.Property(p => p.TaxClass).HasMaxLength(32);
            product.Property(p => p.AttributesJson).HasMaxLength(4000);
            product.Property(p => p.ImageUrl).HasMaxLength(500);
            product.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
            if (Database.IsMySql())
            {
                // Text search: MATCH ... AGAINST on MySQL/MariaDB. SQLite searches with LIKE (CatalogSearch).
                product.HasIndex(p => new { p.Name, p.Description }).IsFullText();
            }
        });
        modelBuilder.Entity<ProductAttributeValue>(attribute =>
        {
            attribute.ToTable("product_attributes");
            attribute.HasKey(a => new { a.ProductId, a.Name, a.Value });
            attribute.HasIndex(a => new { a.Name, a.Value });
            attribute.Property(a => a.Name).HasMaxLength(50);
            attribute.Property(a => a.Value).HasMaxLength(100);
            attribute.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StockLevel>(level =>
        {
            level.ToTable("stock_levels", table =>
            {
                table.HasCheckConstraint("ck_stock_levels_reserved", "Reserved >= 0 AND Reserved <= OnHand");
            });
            level.HasKey(s => s.ProductId);
            level.Ignore(s => s.Available);
            level.HasOne<Product>().WithOne().HasForeignKey<StockLevel>(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StockReservation>(reservation =>
        {
            reservation.ToTable("stock_reservations");
            reservation.HasKey(r => new { r.OrderId, r.ProductId });
            reservation.HasIndex(r => new { r.ProductId, r.Status });
        });
        modelBuilder.Entity<StockLedgerEntry>(entry =>
        {
            entry.ToTable("stock_ledger");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.ProductId, e.Id });
            entry.HasIndex(e => e.OrderId);
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Reason).HasMaxLength(500);
        });
    }
}
