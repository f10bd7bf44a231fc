using K8sShop.Billing.Data;
using K8sShop.ServiceDefaults.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace K8sShop.Billing.Tests;

/// <summary>A migrated billing database (MariaDB or SQLite) with the services invoicing needs; nothing started.</summary>
public static class BillingDatabase
{
    public static async Task<IHost> BuildAsync(string connectionString, FakeTimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:billing"] = connectionString });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddServiceDatabase<BillingDbContext>("billing");
        builder.Services.AddScoped<K8sShop.Billing.Invoicing.InvoiceIssuer>();
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(scope.ServiceProvider.GetRequiredService<BillingDbContext>().Database);
        return host;
    }
}
