using K8sShop.ServiceDefaults.Data;
using K8sShop.Users.Accounts;
using K8sShop.Users.Profile;
using K8sShop.Users.Tokens;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Data;

/// <summary>The users service's own database; no other service reads it.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ShopUser> Accounts => Set<ShopUser>();

    public DbSet<IssuedGrant> Grants => Set<IssuedGrant>();

    public DbSet<Address> Addresses => Set<Address>();

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
