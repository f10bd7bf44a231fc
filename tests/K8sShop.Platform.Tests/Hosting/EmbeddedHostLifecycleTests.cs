using Microsoft.Data.Sqlite;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>Ctrl-C and a second start, as a developer does them with <c>make run</c>.</summary>
[Collection(ShopProcesses.Name)]
public sealed class EmbeddedHostLifecycleTests : IAsyncLifetime
{
    // Production: the embedded mode must migrate and run without development conveniences too.
    private readonly EmbeddedShop _shop = new("Production");

    public Task InitializeAsync() => _shop.InitializeAsync();

    public Task DisposeAsync() => _shop.DisposeAsync();

    [Fact]
    public async Task Ctrl_C_stops_cleanly_and_a_second_start_keeps_the_data()
    {
        Assert.True(await _shop.Process!.InterruptAsync(TimeSpan.FromSeconds(20)), "did not stop within 20 s after SIGINT");
        Assert.Equal(0, _shop.Process.ExitCode);

        var ordersDb = Path.Combine(_shop.DataFolder, "orders.db");
        var marker = Guid.NewGuid();
        await using (var connection = new SqliteConnection($"Data Source={ordersDb};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO processed_messages (Consumer, MessageId, ProcessedAtUtc) VALUES ('lifecycle-test', $id, '2026-01-01')";
            insert.Parameters.AddWithValue("$id", marker.ToString().ToUpperInvariant());
            await insert.ExecuteNonQueryAsync();
        }

        await _shop.Process.DisposeAsync();
        await _shop.StartAsync();

        await using (var connection = new SqliteConnection($"Data Source={ordersDb};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM processed_messages WHERE Consumer = 'lifecycle-test'";
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }
    }
}
