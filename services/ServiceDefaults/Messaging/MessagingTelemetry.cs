using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>The outbox's and inbox's own spans and counters.</summary>
public static class MessagingTelemetry
{
    public const string Name = "K8sShop.Messaging";

    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    public static Counter<long> Dispatched { get; } = Meter.CreateCounter<long>("k8sshop.outbox.dispatched", description: "Outbox messages published");

    public static Counter<long> DispatchFailures { get; } = Meter.CreateCounter<long>("k8sshop.outbox.dispatch_failures", description: "Failed outbox publish attempts");

    public static Counter<long> DuplicatesDiscarded { get; } = Meter.CreateCounter<long>("k8sshop.inbox.duplicates", description: "Redelivered messages a consumer had already processed");
}
