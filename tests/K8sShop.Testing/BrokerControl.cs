using System.Diagnostics;

namespace K8sShop.Testing;

/// <summary>Restarts the test broker, locally through rabbitmqctl or inside its container.</summary>
internal static class BrokerControl
{
    public static async Task RestartAsync(TestServers servers)
    {
        if (servers.RabbitContainer is { } container)
        {
            await container.ExecAsync(["rabbitmqctl", "stop_app"]);
            await container.ExecAsync(["rabbitmqctl", "start_app"]);
            return;
        }

        await RunAsync("rabbitmqctl", "stop_app");
        await RunAsync("rabbitmqctl", "start_app");
        await RunAsync("rabbitmqctl", "await_startup");
    }

    private static async Task RunAsync(string command, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {command}.");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {arguments} failed: {await error}");
        }
    }
}
