using System.Threading.RateLimiting;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;
using K8sShop.Users.Accounts;
using K8sShop.Users.Data;
using K8sShop.Users.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace K8sShop.Users;

/// <summary>Registers the users service; called by its own Program and by the one-process host.</summary>
public static class UsersService
{
    public const string Name = "users";

    public static WebApplicationBuilder AddUsers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<UsersDbContext>(Name);

        // The request log writes whole query strings, and the emailed links (email confirmation,
        // password reset) carry one-time tokens there: requests are traced, not logged line by line.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.AddServiceApiDocument(Name);

        builder.Services.AddIdentityCore<ShopUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // The browser session of the login page only; APIs take bearer tokens (ServiceDefaults).
        builder.Services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, cookie =>
        {
            cookie.Cookie.Name = ".k8sshop.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        builder.AddSharedKeyRing();

        builder.Services.AddAntiforgery();
        builder.AddUserRateLimits();
        builder.AddTokenIssuer();
        builder.Services.AddSingleton<AccountLinks>();
        builder.Services.AddHostedService<AccountSeeder>();
        return builder;
    }

    private static void AddUserRateLimits(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RateLimits.Section);
        builder.Services.Configure<RateLimits>(section);
        var limits = section.Get<RateLimits>() ?? new RateLimits();
        builder.Services.AddSingleton<AccountAttemptLimiter>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimits.LoginPolicy, http => PerAddress(http, limits.LoginPerAddressPerMinute));
            limiter.AddPolicy(RateLimits.RegisterPolicy, http => PerAddress(http, limits.RegisterPerAddressPerMinute));
            limiter.AddPolicy(RateLimits.ResetPolicy, http => PerAddress(http, limits.ResetPerAddressPerMinute));
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
