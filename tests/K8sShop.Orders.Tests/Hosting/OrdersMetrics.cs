using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using K8sShop.Orders.Telemetry;

namespace K8sShop.Orders.Tests.Hosting;

/// <summary>Listens to the orders service's meter while a test runs (other classes may add measurements too).</summary>
public sealed class OrdersMetrics : IDisposable
{
    private readonly MeterListener _listener = new();

    public OrdersMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OrdersTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? currency = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "currency")
                {
                    currency = tag.Value as string;
                }
            }

            Seen.Add((instrument.Name, value, currency));
        });
        _listener.Start();
    }

    public ConcurrentBag<(string Instrument, long Value, string? Currency)> Seen { get; } = [];

    public void Dispose() => _listener.Dispose();
}
