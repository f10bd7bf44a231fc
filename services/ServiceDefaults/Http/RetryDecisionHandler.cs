using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace K8sShop.ServiceDefaults.Http;

/// <summary>
/// Sits in front of the standard resilience handler and writes, into the request's resilience context,
/// whether the request may be retried (<see cref="IdempotentRetries.MayRetry"/>). The resilience handler
/// runs its pipeline with a context the request already carries, so the retry predicate can read it even
/// when an attempt failed with an exception and there is no response to look at.
/// </summary>
internal sealed class RetryDecisionHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mayRetry = IdempotentRetries.MayRetry(request);
        if (request.GetResilienceContext() is { } existing)
        {
            existing.Properties.Set(IdempotentRetries.MayRetryKey, mayRetry);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(IdempotentRetries.MayRetryKey, mayRetry);
        request.SetResilienceContext(context);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.SetResilienceContext(null);
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
