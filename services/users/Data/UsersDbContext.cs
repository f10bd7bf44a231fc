using K8sShop.ServiceDefaults.Data;
using K8sShop.Users.Accounts;
using K8sShop.Users.Profile;
using K8sShop.Users.Tokens;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Data;

/// <summary>
/// The users service's own database; no other service reads it. It also holds the data-protection key
/// ring, so every replica reads the login cookies and antiforgery tokens the others issued.
/// </summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public DbSet<ShopUser> Accounts => Set<ShopUser>();

    public DbSet<IssuedGrant> Grants => Set<IssuedGrant>();

    public DbSet<ClientConsent> Consents => Set<ClientConsent>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        IdentityModel.Configure(modelBuilder);
        modelBuilder.Entity<IssuedGrant>(grant =>
        {
            grant.ToTable("issued_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Id).HasMaxLength(IssuedGrant.MaxIdLength);
            grant.Property(g => g.FamilyId).HasMaxLength(IssuedGrant.MaxIdLength);
            grant.Property(g => g.ClientId).HasMaxLength(IssuedGrant.MaxClientIdLength);
            grant.HasIndex(g => g.FamilyId);
            grant.HasIndex(g => new { g.UserId, g.Status });
            grant.HasIndex(g => g.ConsentId);
        });
        modelBuilder.Entity<ClientConsent>(consent =>
        {
            consent.ToTable("consents");
            consent.HasKey(c => c.Id);
            consent.Property(c => c.ClientId).HasMaxLength(IssuedGrant.MaxClientIdLength);
            consent.Property(c => c.Scopes).HasMaxLength(ClientConsent.MaxScopesLength);
            consent.Ignore(c => c.ScopeList);
            consent.HasIndex(c => new { c.UserId, c.ClientId });
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.Property(k => k.FriendlyName).HasMaxLength(256);
        });
        modelBuilder.Entity<Address>(address =>
        {
            address.ToTable("addresses");
            address.HasKey(a => a.Id);
            address.HasIndex(a => a.UserId);
            address.Property(a => a.Name).HasMaxLength(Address.MaxNameLength);
            address.Property(a => a.Line1).HasMaxLength(Address.MaxLineLength);
            address.Property(a => a.Line2).HasMaxLength(Address.MaxLineLength);
            address.Property(a => a.City).HasMaxLength(Address.MaxCityLength);
            address.Property(a => a.PostalCode).HasMaxLength(Address.MaxPostalCodeLength);
            address.Property(a => a.Country).HasMaxLength(2);
        });
    }
}
