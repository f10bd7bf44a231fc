using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// Counts, per service, the deliveries consumers discarded as already processed (the inbox's
/// <c>k8sshop.inbox.duplicates</c> counter) while it listens: proof that duplicates really reached them.
/// </summary>
public sealed class InboxDiscards : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();

    public InboxDiscards()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "k8sshop.inbox.duplicates")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == ServiceIdentity.TagName && tag.Value is string service)
                {
                    _counts.AddOrUpdate(service, value, (_, count) => count + value);
                }
            }
        });
        _listener.Start();
    }

    public long Of(string service) => _counts.GetValueOrDefault(service);

    public override string ToString() => string.Join(", ", _counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"));

    public void Dispose() => _listener.Dispose();
}
