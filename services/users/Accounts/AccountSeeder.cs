using K8sShop.ServiceDefaults.Auth;
using K8sShop.Users.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace K8sShop.Users.Accounts;

/// <summary>
/// Makes sure the three roles exist and, outside Production, one demo account per role whose password
/// comes from configuration (<c>Identity:DemoPasswords:&lt;role&gt;</c>; no password, no account).
/// Registered after the migrator, so the schema is there; runs in the background so a slow database
/// (password hashing and several round trips) never holds up the whole process's start.
/// </summary>
public sealed partial class AccountSeeder(
    IServiceScopeFactory scopes, IOptions<IssuerOptions> options, IHostEnvironment environment, ILogger<AccountSeeder> logger) : BackgroundService
{
    public static string DemoEmail(string role) => $"{role}@demo.k8sshop.io";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in ShopRoles.ForAccounts)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        if (environment.IsProduction())
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        foreach (var (role, password) in options.Value.DemoPasswords)
        {
            if (!ShopRoles.ForAccounts.Contains(role) || string.IsNullOrEmpty(password) || await users.FindByEmailAsync(DemoEmail(role)) is not null)
            {
                continue;
            }

            var user = new ShopUser { Id = Guid.CreateVersion7(), UserName = DemoEmail(role), Email = DemoEmail(role), EmailConfirmed = true, DisplayName = $"Demo {role}" };
            var created = await users.CreateAsync(user, password);
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, role);
                LogDemoAccount(logger, role);
            }
            else
            {
                LogDemoAccountRefused(logger, role, string.Join(", ", created.Errors.Select(e => e.Code)));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo account for role {Role} created")]
    private static partial void LogDemoAccount(ILogger logger, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account for role {Role} not created: {Errors}")]
    private static partial void LogDemoAccountRefused(ILogger logger, string role, string errors);
}
