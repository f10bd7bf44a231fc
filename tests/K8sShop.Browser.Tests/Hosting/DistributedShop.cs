using System.Globalization;
using K8sShop.Testing;
using Microsoft.Playwright;
using MySqlConnector;
using Xunit;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>
/// The shop as <c>make up</c> runs it (nine services and the gateway as processes, MariaDB, RabbitMQ)
/// with the freshly built web app served by the gateway, on ports, databases, vhost and keys of its
/// own so a developer's running shop is untouched; and one headless Debian Chromium driven by
/// Playwright (never a downloaded browser).
/// </summary>
public sealed class DistributedShop : IAsyncLifetime
{
    /// <summary>The flags DEVELOPERS.md documents; Playwright adds --headless and a fresh temporary profile itself.</summary>
    public static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly TestVirtualHost _vhost = new();
    private readonly string _prefix = $"k8sshop_b{Guid.NewGuid():N}"[..18] + "_";
    private readonly string _runDir = Directory.CreateTempSubdirectory("k8sshop-browser-").FullName;
    private Dictionary<string, string> _environment = [];
    private string? _mySql;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The shop as the browser sees it; the token issuer's public origin is the same.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>The screen every test uses unless it says otherwise.</summary>
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 900 };

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Path, ".test-results", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            return; // every test is skipped and says why
        }

        await BuildWebAppAsync();
        await _vhost.InitializeAsync();
        var servers = await TestServers.GetAsync();
        _mySql = servers.MySql;
        var gatewayPort = ShopProcess.FreePort();
        Origin = $"http://127.0.0.1:{gatewayPort}";
        _environment = new Dictionary<string, string>
        {
            ["K8SSHOP_NO_BUILD"] = "1",
            ["K8SSHOP_CONFIGURATION"] = RepositoryRoot.BuildConfiguration,
            ["K8SSHOP_GATEWAY_PORT"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["K8SSHOP_PORT_BASE"] = FreePortBase().ToString(CultureInfo.InvariantCulture),
            ["K8SSHOP_PUBLIC_ORIGIN"] = Origin,
            ["K8SSHOP_DB_PREFIX"] = _prefix,
            ["K8SSHOP_RABBITMQ_VHOST"] = _vhost.Name,
            ["K8SSHOP_RUN_DIR"] = _runDir,
            ["K8SSHOP_KEYS_DIR"] = Path.Combine(_runDir, "keys"),
            ["K8SSHOP_MYSQL"] = servers.MySql,
            ["K8SSHOP_RABBITMQ"] = servers.RabbitMq.GetLeftPart(UriPartial.Authority),
            // Ten .NET processes starting at once on a shared two-core CI machine can take minutes.
            ["K8SSHOP_READY_SECONDS"] = "840",
        };
        try
        {
            await Command.RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "up.sh")], RepositoryRoot.Path, _environment, TimeSpan.FromMinutes(15));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException(e.Message + Logs(), e);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>
    /// Restarts only the payments process with these settings on top of how up.sh starts it (none: as up.sh starts
    /// it), the other processes running on; up.sh waits until it is ready again.
    /// </summary>
    public async Task RestartPaymentsAsync(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var environment = new Dictionary<string, string>(_environment) { ["K8SSHOP_ONLY"] = "payments" };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        try
        {
            await Command.RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "up.sh")], RepositoryRoot.Path, environment, TimeSpan.FromMinutes(5));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException(e.Message + Logs(), e);
        }
    }

    /// <summary>A page in a browser context of its own: no cookies, storage or session shared with other tests.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync("en-GB", Desktop);

    /// <summary>A page in a context of its own, in the browser language and on the screen size given.</summary>
    public async Task<IPage> NewPageAsync(string locale, ViewportSize viewport)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Origin, Locale = locale, ViewportSize = viewport });
        context.SetDefaultTimeout(60_000); // generous: the CI machine is shared
        Assertions.SetDefaultExpectTimeout(60_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_environment.Count > 0)
        {
            await Command.RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "down.sh")], RepositoryRoot.Path, _environment, TimeSpan.FromMinutes(1));
        }

        if (_mySql is not null)
        {
            await DropDatabasesAsync(_mySql, _prefix);
            await _vhost.DisposeAsync();
        }

        Directory.Delete(_runDir, recursive: true);
    }

    /// <summary>Builds web/ as `make web` does, so the gateway serves this commit's app, not an old dist.</summary>
    private static async Task BuildWebAppAsync()
    {
        var web = Path.Combine(RepositoryRoot.Path, "web");
        var none = new Dictionary<string, string>();
        if (!Directory.Exists(Path.Combine(web, "node_modules")))
        {
            await Command.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], web, none, TimeSpan.FromMinutes(5));
        }

        await Command.RunAsync("npm", ["run", "build"], web, none, TimeSpan.FromMinutes(3));
    }

    private string Logs() =>
        string.Concat(Directory.GetFiles(_runDir, "*.log").Select(f => $"\n--- {Path.GetFileName(f)}\n" + string.Join('\n', File.ReadLines(f).TakeLast(15))));

    /// <summary>A base port whose next nine ports are free now.</summary>
    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            // Below Linux's ephemeral range (32768-60999): there, the outgoing connections of every process
            // on the machine take ports too, and one of ours was taken between this check and its bind.
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
