using System.Net.Sockets;
using DotNet.Testcontainers.Containers;
using Testcontainers.MySql;
using Testcontainers.RabbitMq;

namespace K8sShop.Testing;

/// <summary>
/// Where the test MariaDB and RabbitMQ are. Configured by environment variables (defaults: the
/// servers <c>scripts/infra.sh</c> starts on 127.0.0.1). When they do not answer and a Docker
/// engine exists (a contributor's laptop), Testcontainers starts both once per test run instead.
/// </summary>
public sealed class TestServers
{
    public const string DefaultMySql = "Server=127.0.0.1;Port=3306;User=k8sshop;Password=k8sshop";
    public const string DefaultRabbitMq = "amqp://k8sshop:k8sshop@127.0.0.1:5672/";
    public const string DefaultRabbitMqManagement = "http://k8sshop:k8sshop@127.0.0.1:15672/";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestServers? _current;

    private TestServers(string mySql, Uri rabbitMq, Uri management, IContainer? rabbitContainer)
    {
        MySql = mySql;
        RabbitMq = rabbitMq;
        RabbitMqManagement = management;
        RabbitContainer = rabbitContainer;
    }

    /// <summary>Server-level MySQL connection string (no database).</summary>
    public string MySql { get; }

    /// <summary>Broker address without a vhost.</summary>
    public Uri RabbitMq { get; }

    public Uri RabbitMqManagement { get; }

    /// <summary>Set when Testcontainers runs the broker; restarts then go through the container.</summary>
    internal IContainer? RabbitContainer { get; }

    public static async Task<TestServers> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _current ??= await DiscoverAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<TestServers> DiscoverAsync()
    {
        var mySql = Environment.GetEnvironmentVariable("K8SSHOP_TEST_MYSQL") ?? DefaultMySql;
        var rabbit = new Uri(Environment.GetEnvironmentVariable("K8SSHOP_TEST_RABBITMQ") ?? DefaultRabbitMq);
        var management = new Uri(Environment.GetEnvironmentVariable("K8SSHOP_TEST_RABBITMQ_MANAGEMENT") ?? DefaultRabbitMqManagement);
        if (await AnswersAsync("127.0.0.1", 3306) || Environment.GetEnvironmentVariable("K8SSHOP_TEST_MYSQL") is not null || !DockerExists())
        {
            return new TestServers(mySql, rabbit, management, null);
        }

        // A laptop with Docker and no local servers: start both in containers for this run.
        var mariaDb = new MySqlBuilder("mariadb:10.11").WithUsername("root").WithPassword("k8sshop").Build();
        var broker = new RabbitMqBuilder("rabbitmq:3.13-management").WithUsername("k8sshop").WithPassword("k8sshop")
            .WithPortBinding(15672, true).Build();
        await Task.WhenAll(mariaDb.StartAsync(), broker.StartAsync());
        var containerMySql = $"Server={mariaDb.Hostname};Port={mariaDb.GetMappedPublicPort(3306)};User=root;Password=k8sshop";
        return new TestServers(
            containerMySql,
            new Uri($"amqp://k8sshop:k8sshop@{broker.Hostname}:{broker.GetMappedPublicPort(5672)}/"),
            new Uri($"http://k8sshop:k8sshop@{broker.Hostname}:{broker.GetMappedPublicPort(15672)}/"),
            broker);
    }

    internal static bool DockerExists() =>
        File.Exists("/var/run/docker.sock") || Environment.GetEnvironmentVariable("DOCKER_HOST") is not null;

    private static async Task<bool> AnswersAsync(string host, int port)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
