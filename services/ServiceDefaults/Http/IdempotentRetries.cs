using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace K8sShop.ServiceDefaults.Http;

/// <summary>
/// Which outgoing requests the standard resilience handler may send again. Sending a request twice is only
/// safe when the second one cannot do anything the first did not: idempotent methods (GET, HEAD, OPTIONS,
/// TRACE, PUT, DELETE) are; a POST is only when its caller says so with <see cref="MarkIdempotent"/> (a
/// lookup, or a command the receiver de-duplicates by an id it carries). Everything else is tried once and
/// its failure goes back to the caller, who knows whether trying again could charge or create twice.
/// </summary>
public static class IdempotentRetries
{
    private static readonly HttpRequestOptionsKey<bool> Marked = new("K8sShop.Http.Idempotent");

    /// <summary>Set per attempt by <see cref="RetryDecisionHandler"/>, read by the retry strategy's predicate.</summary>
    internal static readonly ResiliencePropertyKey<bool> MayRetryKey = new("K8sShop.Http.MayRetry");

    /// <summary>Says that sending <paramref name="request"/> twice has the effect of sending it once, so it may be retried.</summary>
    public static HttpRequestMessage MarkIdempotent(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Marked, true);
        return request;
    }

    /// <summary>True for idempotent methods and for requests marked with <see cref="MarkIdempotent"/>.</summary>
    public static bool MayRetry(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
            || method == HttpMethod.Put || method == HttpMethod.Delete
            || (request.Options.TryGetValue(Marked, out var marked) && marked);
    }

    /// <summary>
    /// Narrows <paramref name="retry"/> to requests <see cref="MayRetry"/> allows. A request that did not pass
    /// through <see cref="RetryDecisionHandler"/> is not retried: when in doubt, once.
    /// </summary>
    public static HttpRetryStrategyOptions RetryOnlyIdempotentRequests(this HttpRetryStrategyOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var transient = retry.ShouldHandle;
        retry.ShouldHandle = async args => args.Context.Properties.GetValue(MayRetryKey, false) && await transient(args).ConfigureAwait(false);
        return retry;
    }
}
