using System.Data.Common;

namespace K8sShop.ServiceDefaults.Data;

/// <summary>
/// The connection string decides the engine (ARCHITECTURE.md section 3), so the same build runs
/// embedded on SQLite, distributed on MariaDB and in Kubernetes on whatever the Secret names.
/// </summary>
public static class DatabaseEngines
{
    public static DatabaseEngine Of(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var trimmed = connectionString.TrimStart();
        if (trimmed.StartsWith("mongodb://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mongodb+srv://", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseEngine.MongoDb;
        }

        var keys = new DbConnectionStringBuilder { ConnectionString = trimmed };
        if (keys.ContainsKey("Server") || keys.ContainsKey("Host"))
        {
            return DatabaseEngine.MySql;
        }

        if (keys.ContainsKey("Data Source") || keys.ContainsKey("DataSource") || keys.ContainsKey("Filename"))
        {
            return DatabaseEngine.Sqlite;
        }

        throw new InvalidOperationException(
            "The connection string names no known engine: use 'Server=...' (MySQL), 'Data Source=...' (SQLite) or 'mongodb://...' (MongoDB).");
    }
}
