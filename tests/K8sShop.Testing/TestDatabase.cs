using MySqlConnector;
using Xunit;

namespace K8sShop.Testing;

/// <summary>
/// A MariaDB database of its own for one test class, so classes run in parallel without seeing each
/// other's rows. Dropped when the class finishes.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private string? _serverConnectionString;

    public string Name { get; } = $"k8sshop_test_{Guid.NewGuid():N}"[..40];

    /// <summary>Connection string of the test's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _serverConnectionString = servers.MySql;
        ConnectionString = new MySqlConnectionStringBuilder(servers.MySql) { Database = Name }.ConnectionString;
        await ExecuteAsync($"CREATE DATABASE `{Name}` CHARACTER SET utf8mb4");
    }

    public async Task DisposeAsync()
    {
        if (_serverConnectionString is not null)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS `{Name}`");
        }

        MySqlConnection.ClearAllPools();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
