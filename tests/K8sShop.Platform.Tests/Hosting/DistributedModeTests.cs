using System.Diagnostics;
using System.Net.Http.Json;
using K8sShop.ServiceDefaults.Api;
using K8sShop.Testing;
using MySqlConnector;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>
/// <c>make up</c> / <c>make down</c> for real: the scripts start nine service processes and the
/// gateway against MariaDB and RabbitMQ (own databases, vhost and ports, so a developer's running
/// shop is untouched), and stop them all.
/// </summary>
[Collection(ShopProcesses.Name)]
public sealed class DistributedModeTests(TestVirtualHost vhost) : IClassFixture<TestVirtualHost>
{
    [Fact]
    public async Task Up_serves_the_nine_services_from_separate_processes_through_the_gateway_and_down_stops_them()
    {
        var servers = await TestServers.GetAsync();
        var runDir = Directory.CreateTempSubdirectory("k8sshop-up-").FullName;
        var prefix = $"k8sshop_t{Guid.NewGuid():N}"[..18] + "_";
        var gatewayPort = ShopProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["K8SSHOP_NO_BUILD"] = "1",
            ["K8SSHOP_CONFIGURATION"] = RepositoryRoot.BuildConfiguration,
            ["K8SSHOP_GATEWAY_PORT"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["K8SSHOP_PORT_BASE"] = FreePortBase().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["K8SSHOP_DB_PREFIX"] = prefix,
            ["K8SSHOP_RABBITMQ_VHOST"] = vhost.Name,
            ["K8SSHOP_RUN_DIR"] = runDir,
            ["K8SSHOP_MYSQL"] = servers.MySql,
            ["K8SSHOP_RABBITMQ"] = servers.RabbitMq.GetLeftPart(UriPartial.Authority),
        };

        try
        {
            var (upExit, upOutput) = await RunScriptAsync("up.sh", environment);
            Assert.True(upExit == 0, upOutput + Logs(runDir));

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{gatewayPort}/") };
            foreach (var service in EmbeddedShop.Services)
            {
                var info = await client.GetFromJsonAsync<ServiceInfo>($"api/{service}/info");
                Assert.Equal(service, info?.Name);
                using var ready = await client.GetAsync(new Uri($"api/{service}/healthz/ready", UriKind.Relative));
                Assert.True(ready.IsSuccessStatusCode, $"{service}: {await ready.Content.ReadAsStringAsync()}");
            }

            // The gateway forwards the W3C trace context: the service's ProblemDetails names the caller's trace.
            var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToString();
            using (var traced = new HttpRequestMessage(HttpMethod.Get, "api/orders/no-such-thing"))
            {
                traced.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01");
                using var response = await client.SendAsync(traced);
                var problem = await ProblemAssert.IsProblemAsync(response, System.Net.HttpStatusCode.NotFound, "not-found");
                Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
            }

            var pids = Directory.GetFiles(runDir, "*.pid").Select(f => int.Parse(File.ReadAllText(f).Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(10, pids.Distinct().Count());
            Assert.All(pids, pid => Assert.True(IsAlive(pid), $"process {pid} is not running"));

            var (downExit, downOutput) = await RunScriptAsync("down.sh", environment);
            Assert.True(downExit == 0, downOutput);
            Assert.All(pids, pid => Assert.False(IsAlive(pid), $"process {pid} still runs after down"));
        }
        finally
        {
            await RunScriptAsync("down.sh", environment);
            await DropDatabasesAsync(servers.MySql, prefix);
            Directory.Delete(runDir, recursive: true);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A base port whose next nine ports are free now.</summary>
    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 32_700);
            if (Enumerable.Range(candidate + 1, 9).All(IsFree))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No nine consecutive free ports found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task<(int Exit, string Output)> RunScriptAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "scripts", script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string Logs(string runDir) =>
        string.Concat(Directory.GetFiles(runDir, "*.log").Select(f => $"\n--- {Path.GetFileName(f)}\n" + string.Join('\n', File.ReadLines(f).TakeLast(15))));

    private static async Task DropDatabasesAsync(string server, string prefix)
    {
        await using var connection = new MySqlConnection(server);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new MySqlCommand($"SHOW DATABASES LIKE '{prefix}%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new MySqlCommand($"DROP DATABASE `{name}`", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
