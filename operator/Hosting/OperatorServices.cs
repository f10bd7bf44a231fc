using k8s;
using K8sShop.Operator.Cluster;
using K8sShop.Operator.Informers;
using K8sShop.Operator.Queue;
using K8sShop.Operator.Reconciling;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace K8sShop.Operator.Hosting;

/// <summary>Registration of the operator's parts.</summary>
public static class OperatorServices
{
    public static IHostApplicationBuilder AddOperator(this IHostApplicationBuilder builder, IKubernetes? client = null)
    {
        var services = builder.Services;
        services.AddSingleton(client ?? new Kubernetes(KubernetesClientConfiguration.IsInCluster()
            ? KubernetesClientConfiguration.InClusterConfig()
            : KubernetesClientConfiguration.BuildConfigFromConfigFile()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(builder.Configuration.GetSection("Operator").Get<ControllerOptions>() ?? new ControllerOptions());
        services.Configure<LeaderElectionOptions>(builder.Configuration.GetSection("LeaderElection"));
        services.AddSingleton<IClusterClient, KubernetesClusterClient>();
        services.AddSingleton(sp => new RateLimitedWorkQueue(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new OperatorMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), () => sp.GetRequiredService<RateLimitedWorkQueue>().Depth));
        services.AddSingleton<Func<ResourceKind, string?, string?, IWatchSource>>(sp =>
            (kind, ns, labelSelector) => new KubernetesWatchSource(sp.GetRequiredService<IKubernetes>(), kind, ns, labelSelector));
        services.AddSingleton<StorefrontReconciler>();
        services.AddSingleton<StorefrontController>();
        services.AddSingleton<ControllerHealth>();
        services.AddHostedService<LeaderElectedController>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("k8sshop-operator"))
            .WithMetrics(metrics => metrics.AddMeter(OperatorMetrics.MeterName));

        // Export only where a collector is configured (OTEL_EXPORTER_OTLP_ENDPOINT), as the services do.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithMetrics(metrics => metrics.AddOtlpExporter());
        }

        return builder;
    }
}
