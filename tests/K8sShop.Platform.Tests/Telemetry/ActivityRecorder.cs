using System.Collections.Concurrent;
using System.Diagnostics;

namespace K8sShop.Platform.Tests.Telemetry;

/// <summary>Records the spans of the named sources while it lives (an in-memory exporter without the SDK).</summary>
public sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public ActivityRecorder(params string[] sources)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentBag<Activity> Stopped { get; } = [];

    public void Dispose() => _listener.Dispose();
}
