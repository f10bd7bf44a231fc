using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace K8sShop.Testing.Mail;

/// <summary>
/// A real SMTP server: maildev (npm, pure JavaScript, installed from tests/smtp by <c>npm ci</c>) on
/// free ports for one test class, its messages read back through its REST API.
/// </summary>
public sealed class MailDevServer : IAsyncLifetime
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private Process? _process;

    public int SmtpPort { get; } = ShopProcess.FreePort();

    public int WebPort { get; } = ShopProcess.FreePort();

    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "smtp");
        await InstallAsync(folder);
        _process = Process.Start(new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                Path.Combine(folder, "node_modules", "maildev", "dist", "bin", "maildev.js"),
                "--smtp", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--web", WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--ip", "127.0.0.1",
                "--web-ip", "127.0.0.1",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/") };
        var up = await Eventually.ReachesAsync(
            async () =>
            {
                try
                {
                    using var response = await Api.GetAsync(new Uri("api/email", UriKind.Relative));
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            answered => answered || _process.HasExited,
            TimeSpan.FromSeconds(60));
        Assert.True(up, "maildev did not answer within 60 s");
    }

    /// <summary>The messages sent to <paramref name="address"/>.</summary>
    public async Task<List<MailDevMessage>> MessagesToAsync(string address)
    {
        var all = await Api.GetFromJsonAsync<List<MailDevMessage>>(new Uri("api/email", UriKind.Relative)) ?? [];
        return [.. all.Where(m => m.To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>Waits until <paramref name="address"/> has at least <paramref name="count"/> messages.</summary>
    public Task<List<MailDevMessage>> WaitForAsync(string address, int count = 1) =>
        Eventually.ReachesAsync(() => MessagesToAsync(address), messages => messages.Count >= count, TimeSpan.FromSeconds(60));

    /// <summary>Whoever runs the tests first installs maildev; scripts/test.sh has usually done it already.</summary>
    private static async Task InstallAsync(string folder)
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(folder, "node_modules", "maildev", "package.json")))
            {
                return;
            }

            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, UseShellExecute = false })
                ?? throw new InvalidOperationException("npm did not start");
            await npm.WaitForExitAsync();
            Assert.True(npm.ExitCode == 0, "npm ci in tests/smtp failed");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
