using K8sShop.Testing;
using Xunit;

namespace K8sShop.Platform.Tests.Messaging;

/// <summary>The same outbox behaviour in the embedded shape: SQLite and the in-memory bus.</summary>
public sealed class OutboxAndInboxOnSqliteTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sshop-sqlite-").FullName;

    [Fact]
    public async Task Messages_committed_on_sqlite_are_consumed_once_each()
    {
        await using var host = await LedgerHost.StartAsync($"Data Source={Path.Combine(_folder, "ledger.db")}", rabbitMq: null);
        const int total = 200;
        for (var number = 0; number < total; number++)
        {
            await LedgerHost.RecordPaymentAsync(host.Services, number);
        }

        await Eventually.ReachesAsync(() => LedgerHost.CountAsync(host.Services), c => c.Receipts >= total && c.Pending == 0, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal((total, total, 0), await LedgerHost.CountAsync(host.Services));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
