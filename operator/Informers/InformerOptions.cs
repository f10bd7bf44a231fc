namespace K8sShop.Operator.Informers;

/// <summary>Timing of an informer.</summary>
public sealed record InformerOptions
{
    /// <summary>How often every cached object is handed to the handler again, so drift is repaired even without events.</summary>
    public TimeSpan ResyncPeriod { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(800);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Returns a number in [0, 1); the wait is backoff × (1 + jitter) so replicas do not retry in step.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;
}
