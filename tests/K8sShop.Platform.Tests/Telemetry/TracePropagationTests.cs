using System.Diagnostics;
using System.Net.Http.Json;
using K8sShop.Platform.Tests.Hosting;
using K8sShop.Platform.Tests.Messaging;
using K8sShop.ServiceDefaults;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Platform.Tests.Telemetry;

public sealed class TracePropagationTests : IDisposable
{
    private static readonly ActivitySource Test = new("K8sShop.Tests");
    private readonly string _folder = Directory.CreateTempSubdirectory("k8sshop-trace-").FullName;

    [Fact]
    public async Task A_message_sent_through_the_outbox_is_consumed_in_the_writers_trace()
    {
        using var recorder = new ActivityRecorder("MassTransit", "K8sShop.Tests");
        await using var host = await LedgerHost.StartAsync($"Data Source={Path.Combine(_folder, "ledger.db")}", rabbitMq: null);

        ActivityTraceId traceId;
        using (var checkout = Test.StartActivity("checkout"))
        {
            traceId = checkout!.TraceId;
            await LedgerHost.RecordPaymentAsync(host.Services, 7);
        }

        // Other suites run in parallel and their spans reach the listener too: look for ours.
        var consumed = await Eventually.ReachesAsync(
            () => Task.FromResult(recorder.Stopped.Where(a => a.Kind == ActivityKind.Consumer && a.TraceId == traceId).ToList()),
            spans => spans.Count > 0,
            TimeSpan.FromSeconds(20));
        Assert.Contains(consumed, span => span.DisplayName.Contains("receipt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_spans_carry_the_owning_service()
    {
        using var recorder = new ActivityRecorder("Microsoft.AspNetCore");
        var probe = new ProbeApp();
        await probe.InitializeAsync();
        try
        {
            using var response = await probe.Client.PostAsJsonAsync("api/probe/greetings", new ProbeApp.Greeting("Ada", 1));
            response.EnsureSuccessStatusCode();
        }
        finally
        {
            await probe.DisposeAsync();
        }

        Assert.Contains(recorder.Stopped, span =>
            span.GetTagItem("http.route") is "/api/probe/greetings" && span.GetTagItem(ServiceIdentity.TagName) is "probe");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
