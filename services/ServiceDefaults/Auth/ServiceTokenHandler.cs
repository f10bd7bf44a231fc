using System.Net;
using System.Net.Http.Headers;

namespace K8sShop.ServiceDefaults.Auth;

/// <summary>Puts the calling service's access token on every outgoing request; on a 401 renews it once and retries.</summary>
public sealed class ServiceTokenHandler(ServiceTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetAsync(cancellationToken);
        if (token is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is not null && !request.Content.Headers.ContentLength.HasValue)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
