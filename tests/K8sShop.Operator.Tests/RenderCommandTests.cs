using System.Diagnostics;
using K8sShop.Operator.Rendering;
using K8sShop.Operator.Tests.Rendering;

namespace K8sShop.Operator.Tests;

/// <summary>The built operator binary, run as GitOps users run it.</summary>
public sealed class RenderCommandTests
{
    [Fact]
    public async Task Render_prints_every_manifest_of_a_storefront_file_without_a_cluster()
    {
        var file = Path.Combine(RepositoryFiles.TestDirectory, "samples", "full.yaml");
        var (exitCode, output, _) = await RunAsync("render", file);

        Assert.Equal(0, exitCode);
        Assert.Equal(ManifestYaml.Write(StorefrontSamples.Build("full").Select(m => m.Body)), output);
    }

    [Fact]
    public async Task Render_refuses_a_storefront_breaking_a_validation_rule()
    {
        var file = Path.Combine(RepositoryFiles.TestDirectory, "invalid", "both-managed-and-external.yaml");
        var (exitCode, _, error) = await RunAsync("render", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("either managed or external", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crd_command_prints_the_committed_crd()
    {
        var (exitCode, output, _) = await RunAsync("crd");
        Assert.Equal(0, exitCode);
        Assert.Equal(RepositoryFiles.Read("crds", "storefronts.k8sshop.io.yaml"), output);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "K8sShop.Operator.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, await output, await error);
    }
}
