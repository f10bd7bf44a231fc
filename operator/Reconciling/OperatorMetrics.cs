using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace K8sShop.Operator.Reconciling;

/// <summary>The operator's own metrics (meter K8sShop.Operator).</summary>
public sealed class OperatorMetrics : IDisposable
{
    public const string MeterName = "K8sShop.Operator";

    private readonly Meter _meter;
    private readonly Counter<long> _reconciles;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public OperatorMetrics(IMeterFactory meters, Func<int> queueDepth)
    {
        _meter = meters.Create(MeterName);
        _reconciles = _meter.CreateCounter<long>("k8sshop.operator.reconciles", description: "Reconciles of a Storefront, by result.");
        _errors = _meter.CreateCounter<long>("k8sshop.operator.reconcile.errors", description: "Reconciles that failed and were queued again with backoff.");
        _duration = _meter.CreateHistogram<double>("k8sshop.operator.reconcile.duration", unit: "s", description: "Time one reconcile took.");
        _meter.CreateObservableGauge("k8sshop.operator.queue.depth", queueDepth, description: "Storefront keys waiting to be reconciled.");
    }

    public void Reconciled(TimeSpan duration, bool success)
    {
        var result = new KeyValuePair<string, object?>("result", success ? "success" : "error");
        _reconciles.Add(1, result);
        if (!success)
        {
            _errors.Add(1);
        }

        _duration.Record(duration.TotalSeconds, result);
    }

    public void Dispose() => _meter.Dispose();
}
