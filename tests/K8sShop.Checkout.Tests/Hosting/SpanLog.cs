using System.Collections.ObjectModel;
using System.Diagnostics;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// The spans of the test process, kept by OpenTelemetry's in-memory exporter from the sources every service
/// emits. All hosts share the process (and so every tracer provider sees every span): a span's service is its
/// <see cref="ServiceIdentity.TagName"/> tag, as in the one-process host, not a provider's resource.
/// </summary>
public sealed class SpanLog : IDisposable
{
    private readonly LockedSpans _spans = new();
    private readonly TracerProvider _provider;

    public SpanLog()
    {
        _provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(TelemetryRegistration.ActivitySources)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddInMemoryExporter(_spans)
            .Build();
    }

    /// <summary>The ended spans of one trace, in the order they ended.</summary>
    public IReadOnlyList<Activity> InTrace(ActivityTraceId trace) => _spans.Matching(a => a.TraceId == trace);

    public static string? ServiceOf(Activity span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return span.GetTagItem(ServiceIdentity.TagName) as string;
    }

    public void Dispose() => _provider.Dispose();

    /// <summary>The exporter adds from whichever thread ends a span; tests read while hosts still write.</summary>
    private sealed class LockedSpans : Collection<Activity>
    {
        private readonly Lock _gate = new();

        public List<Activity> Matching(Func<Activity, bool> match)
        {
            lock (_gate)
            {
                return Items.Where(match).ToList();
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
            {
                base.InsertItem(Items.Count, item);
            }
        }
    }
}
