using Microsoft.Extensions.Configuration.Memory;

namespace K8sShop.Host;

/// <summary>
/// The embedded mode's defaults: SQLite files under the data folder, the in-memory bus, service
/// discovery pointing at this very process, and http://localhost:8080. They sit below every other
/// configuration source, so environment variables and appsettings still win.
/// </summary>
public static class EmbeddedDefaults
{
    public const string DefaultUrl = "http://localhost:8080";

    public static readonly string[] Services = ["users", "orders", "inventory", "stockcheck", "billing", "notifications", "discounts", "chat", "payments"];

    public static WebApplicationBuilder AddEmbeddedDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataFolder = Path.GetFullPath(builder.Configuration["DataFolder"] ?? ".data");
        var url = (builder.Configuration["urls"] ?? DefaultUrl).Split(';')[0];

        var defaults = new Dictionary<string, string?>
        {
            ["urls"] = DefaultUrl,
            ["OTEL_SERVICE_NAME"] = "k8sshop",
            ["Bus:Transport"] = "InMemory",

            // The laptop mode has no migration Job: it always brings its SQLite files up to date.
            ["Database:MigrateOnStartup"] = "true",
            ["Inventory:Seed"] = "true",
            ["Discounts:Seed"] = "true",

            // This process is its own token issuer; its keys are generated once into the data folder.
            ["Identity:Authority"] = url,
            ["Identity:KeysFolder"] = Path.Combine(dataFolder, "keys"),

            // Demo accounts (customer|support|admin@demo.k8sshop.io) and the stockcheck, billing and orders service clients;
            // the users service ignores demo passwords in Production.
            ["Identity:DemoPasswords:customer"] = "Customer-demo-1",
            ["Identity:DemoPasswords:support"] = "Support-demo-1",
            ["Identity:DemoPasswords:admin"] = "Admin-demo-1",
            ["Identity:Clients:stockcheck:Secret"] = "embedded-stockcheck-secret",
            ["Identity:Clients:billing:Secret"] = "embedded-billing-secret",
            ["Identity:Clients:orders:Secret"] = "embedded-orders-secret",

            // No SMTP server on a laptop: emails become .eml files under the data folder (see /api/notifications/dev/mail).
            ["Notifications:Email:Mode"] = "files",
            ["Notifications:Email:Folder"] = Path.Combine(dataFolder, "mail"),
        };
        foreach (var service in Services)
        {
            defaults[$"ConnectionStrings:{service}"] = $"Data Source={Path.Combine(dataFolder, service + ".db")}";
            defaults[$"Services:{service}:http:0"] = url;
        }

        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
