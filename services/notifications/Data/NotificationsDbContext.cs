using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Sending;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Notifications.Data;

/// <summary>The notifications service's own database when it runs on a relational engine; no other service reads it.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<OrderOwner> OrderOwners => Set<OrderOwner>();

    public DbSet<ChannelPreferences> Preferences => Set<ChannelPreferences>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Contact>(contact =>
        {
            contact.ToTable("contacts");
            contact.HasKey(c => c.UserId);
            contact.Property(c => c.Email).HasMaxLength(320);
            contact.Property(c => c.DisplayName).HasMaxLength(200);
            contact.Property(c => c.Locale).HasMaxLength(16);
        });
        modelBuilder.Entity<OrderOwner>(owner =>
        {
            owner.ToTable("order_owners");
            owner.HasKey(o => o.OrderId);
        });
        modelBuilder.Entity<ChannelPreferences>(preferences =>
        {
            preferences.ToTable("channel_preferences");
            preferences.HasKey(p => p.UserId);
            preferences.Property(p => p.PhoneNumber).HasMaxLength(32);
            preferences.Property(p => p.Locale).HasMaxLength(16);
        });
        modelBuilder.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.HasKey(d => d.Id);
            delivery.HasIndex(d => d.Key).IsUnique();
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAtUtc });
            delivery.HasIndex(d => new { d.UserId, d.CreatedAtUtc });
            delivery.Property(d => d.Key).HasMaxLength(100);
            delivery.Property(d => d.Recipient).HasMaxLength(320);
            delivery.Property(d => d.RecipientName).HasMaxLength(200);
            delivery.Property(d => d.Kind).HasMaxLength(64);
            delivery.Property(d => d.Locale).HasMaxLength(16);
            delivery.Property(d => d.Subject).HasMaxLength(500);
            delivery.Property(d => d.LastError).HasMaxLength(2000);
        });
        modelBuilder.Entity<InboxItem>(item =>
        {
            item.ToTable("inbox_items");
            item.HasKey(i => i.Id);
            item.HasIndex(i => i.Key).IsUnique();
            item.HasIndex(i => new { i.UserId, i.CreatedAtUtc });
            item.HasIndex(i => new { i.UserId, i.ReadAtUtc });
            item.Property(i => i.Key).HasMaxLength(100);
            item.Property(i => i.Kind).HasMaxLength(64);
            item.Property(i => i.Title).HasMaxLength(500);
            item.Property(i => i.Body).HasMaxLength(4000);
        });
    }
}
