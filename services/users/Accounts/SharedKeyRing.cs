using K8sShop.ServiceDefaults.Data;
using K8sShop.Users.Data;
using K8sShop.Users.Tokens;
using Microsoft.AspNetCore.DataProtection;

namespace K8sShop.Users.Accounts;

/// <summary>
/// The data-protection key ring behind login cookies, antiforgery and account tokens. On MySQL it lives in
/// the users database, one ring for every replica: a cookie issued by one pod is read by the next. On SQLite
/// (the one-process mode, a single replica) it lives in files beside the issuer's keys: SQLite allows one
/// writer, and the ring's first key is written while an account's transaction already holds that lock.
/// </summary>
public static class SharedKeyRing
{
    // The fixed name keeps replicas (whatever their content root) in the same key space.
    private const string ApplicationName = "k8sshop-users";

    public static WebApplicationBuilder AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        var connectionString = builder.Configuration.GetConnectionString(UsersService.Name);
        if (!string.IsNullOrWhiteSpace(connectionString) && DatabaseEngines.Of(connectionString) == DatabaseEngine.Sqlite)
        {
            var keys = builder.Configuration.GetSection(IssuerOptions.Section).Get<IssuerOptions>()?.KeysFolder;
            var folder = Path.Combine(keys ?? Path.Combine(builder.Environment.ContentRootPath, ".data", "keys"), "data-protection");
            dataProtection.PersistKeysToFileSystem(Directory.CreateDirectory(folder));
            return builder;
        }

        dataProtection.PersistKeysToDbContext<UsersDbContext>();
        return builder;
    }
}
