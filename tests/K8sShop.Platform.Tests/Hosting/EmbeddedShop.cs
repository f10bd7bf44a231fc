using K8sShop.Testing;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>The one-process host started as <c>make run</c> starts it, on a free port and a fresh data folder.</summary>
public sealed class EmbeddedShop : IAsyncLifetime
{
    private readonly string _environment;

    public EmbeddedShop()
        : this("Development")
    {
    }

    // Internal: xunit wants one public constructor on a class fixture.
    internal EmbeddedShop(string environment) => _environment = environment;

    public static readonly string[] Services = ["users", "orders", "inventory", "stockcheck", "billing", "notifications", "discounts", "chat", "payments"];

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("k8sshop-embedded-").FullName;

    public Uri Address { get; } = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public ShopProcess? Process { get; private set; }

    /// <summary>From process start to every service ready.</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        Client.BaseAddress = Address;
        await StartAsync();
    }

    public async Task StartAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Process = ShopProcess.Start("host", "K8sShop.Host", new Dictionary<string, string>
        {
            ["urls"] = Address.ToString().TrimEnd('/'),
            ["DataFolder"] = DataFolder,
            ["ASPNETCORE_ENVIRONMENT"] = _environment,
        });
        foreach (var service in Services)
        {
            Assert.True(
                await Process.WaitUntilAnswersAsync(Client, $"{Address}api/{service}/healthz/ready", TimeSpan.FromSeconds(180)),
                $"{service} was not ready within 180 s:\n{Process.Output}");
        }

        StartupTime = started.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Process is not null)
        {
            await Process.DisposeAsync();
        }

        Client.Dispose();
        Directory.Delete(DataFolder, recursive: true);
    }
}
