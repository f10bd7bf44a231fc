using k8s;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;
using K8sShop.Operator.Reconciling;
using Microsoft.Extensions.Options;

namespace K8sShop.Operator.Hosting;

/// <summary>Runs the controller only while this replica holds the Lease; losing it stops the process so Kubernetes restarts it as a candidate.</summary>
public sealed partial class LeaderElectedController(
    IKubernetes client,
    StorefrontController controller,
    ControllerHealth health,
    IOptions<LeaderElectionOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<LeaderElectedController> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            health.StartedLeading(() => controller.HasSynced);
            await controller.RunAsync(stoppingToken).ConfigureAwait(false);
            return;
        }

        var identity = Environment.GetEnvironmentVariable("POD_NAME") ?? Environment.MachineName;
        var ns = settings.Namespace ?? Environment.GetEnvironmentVariable("POD_NAMESPACE") ?? "default";
        var leaseLock = new LeaseLock(client, ns, settings.LeaseName, identity);
        using var elector = new LeaderElector(new LeaderElectionConfig(leaseLock)
        {
            LeaseDuration = settings.LeaseDuration,
            RenewDeadline = settings.RenewDeadline,
            RetryPeriod = settings.RetryPeriod,
        });

        using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task? run = null;
        elector.OnStartedLeading += () =>
        {
            LogLeading(logger, identity);
            health.StartedLeading(() => controller.HasSynced);
            run = controller.RunAsync(leading.Token);
        };
        elector.OnNewLeader += leader => LogNewLeader(logger, leader);

        await elector.RunUntilLeadershipLostAsync(stoppingToken).ConfigureAwait(false);
        await leading.CancelAsync().ConfigureAwait(false);
        if (run is not null)
        {
            await run.ConfigureAwait(false);
        }

        if (!stoppingToken.IsCancellationRequested)
        {
            LogLost(logger, identity);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Identity} became leader")]
    private static partial void LogLeading(ILogger logger, string identity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Leader is {Leader}")]
    private static partial void LogNewLeader(ILogger logger, string leader);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Identity} lost the lease; stopping")]
    private static partial void LogLost(ILogger logger, string identity);
}
