using K8sShop.Testing;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>On real MariaDB: each test gets a database of its own, so counters start at zero.</summary>
public sealed class InvoiceNumberingOnMariaDbTests : InvoiceNumberingSpecification, IAsyncLifetime
{
    private readonly List<TestDatabase> _databases = [];

    protected override async Task<IHost> HostAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        _databases.Add(database);
        return await BillingDatabase.BuildAsync(database.ConnectionString, Clock);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }
}
