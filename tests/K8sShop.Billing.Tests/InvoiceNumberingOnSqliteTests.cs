using Microsoft.Extensions.Hosting;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>The same rules in the embedded shape, on SQLite files.</summary>
public sealed class InvoiceNumberingOnSqliteTests : InvoiceNumberingSpecification, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sshop-billing-").FullName;

    protected override Task<IHost> HostAsync() =>
        BillingDatabase.BuildAsync($"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")};Default Timeout=60", Clock);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
