using K8sShop.Users.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Data;

/// <summary>
/// Identity's tables, mapped here rather than through <c>IdentityDbContext</c>, because the users
/// context must derive from <c>ServiceDbContext</c> (outbox and inbox). Same shape as Identity's own
/// mapping; key columns are limited so MySQL can index them.
/// </summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ShopUser>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.HasIndex(u => u.NormalizedEmail);
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(64);
            user.Property(u => u.SecurityStamp).HasMaxLength(64);
            user.Property(u => u.UserName).HasMaxLength(ShopUser.MaxEmailLength);
            user.Property(u => u.NormalizedUserName).HasMaxLength(ShopUser.MaxEmailLength);
            user.Property(u => u.Email).HasMaxLength(ShopUser.MaxEmailLength);
            user.Property(u => u.NormalizedEmail).HasMaxLength(ShopUser.MaxEmailLength);
            user.Property(u => u.PhoneNumber).HasMaxLength(ShopUser.MaxPhoneLength);
            user.Property(u => u.PasswordHash).HasMaxLength(512);
            user.Property(u => u.DisplayName).HasMaxLength(ShopUser.MaxDisplayNameLength);
        });
        model.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(64);
            role.Property(r => r.Name).HasMaxLength(64);
            role.Property(r => r.NormalizedName).HasMaxLength(64);
        });
        model.Entity<IdentityUserRole<Guid>>(link =>
        {
            link.ToTable("user_roles");
            link.HasKey(r => new { r.UserId, r.RoleId });
            link.HasOne<ShopUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<IdentityRole<Guid>>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<IdentityUserClaim<Guid>>(claim =>
        {
            claim.ToTable("user_claims");
            claim.HasKey(c => c.Id);
            claim.Property(c => c.ClaimType).HasMaxLength(256);
            claim.Property(c => c.ClaimValue).HasMaxLength(1024);
            claim.HasOne<ShopUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<IdentityRoleClaim<Guid>>(claim =>
        {
            claim.ToTable("role_claims");
            claim.HasKey(c => c.Id);
            claim.Property(c => c.ClaimType).HasMaxLength(256);
            claim.Property(c => c.ClaimValue).HasMaxLength(1024);
            claim.HasOne<IdentityRole<Guid>>().WithMany().HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<IdentityUserLogin<Guid>>(login =>
        {
            login.ToTable("user_logins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
            login.Property(l => l.ProviderDisplayName).HasMaxLength(256);
            login.HasOne<ShopUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<IdentityUserToken<Guid>>(token =>
        {
            token.ToTable("user_tokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
            token.Property(t => t.Value).HasMaxLength(2048);
            token.HasOne<ShopUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
