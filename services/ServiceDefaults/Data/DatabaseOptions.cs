namespace K8sShop.ServiceDefaults.Data;

/// <summary>Database behaviour at start-up (configuration section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary>Apply pending migrations when the service starts. Default: true outside Production, where a Job migrates instead.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Apply migrations and stop: what the Kubernetes migration Job runs. Default false.</summary>
    public bool MigrateAndExit { get; set; }

    /// <summary>The MySQL/MariaDB version to generate SQL for, so start-up never has to ask the server. Default 10.11 MariaDB (Debian 12).</summary>
    public string MySqlServerVersion { get; set; } = "10.11.0-mariadb";
}
