using System.Diagnostics.Metrics;

namespace K8sShop.Chat.Live;

/// <summary>The chat business metrics (ARCHITECTURE.md section 6): how long customers wait for support.</summary>
public sealed class ChatMetrics
{
    public const string MeterName = "K8sShop.Chat";

    private readonly Histogram<double> _responseTime;

    public ChatMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _responseTime = meter.CreateHistogram<double>(
            "k8sshop.chat.response_time", unit: "s", description: "From a conversation's opening to support's first reply.");
    }

    public void RecordFirstReply(TimeSpan waited) => _responseTime.Record(waited.TotalSeconds);
}
