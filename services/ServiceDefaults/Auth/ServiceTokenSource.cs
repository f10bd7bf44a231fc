using System.Net.Http.Json;
using K8sShop.ServiceDefaults.Http;
using System.Text.Json.Serialization;

namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// Holds one calling service's client-credentials access token and renews it a minute before it expires,
/// so a burst of calls costs one request to the issuer.
/// </summary>
public sealed class ServiceTokenSource(ServiceClientCredentials credentials, IHttpClientFactory clients, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim renewing = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt = DateTimeOffset.MinValue;

    /// <summary>The current token, or null when this service has no client secret (the call then goes anonymous and is refused with 401).</summary>
    public async ValueTask<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (!credentials.IsConfigured)
        {
            return null;
        }

        if (token is not null && clock.GetUtcNow() < renewAt)
        {
            return token;
        }

        await renewing.WaitAsync(cancellationToken);
        try
        {
            if (token is null || clock.GetUtcNow() >= renewAt)
            {
                await RenewAsync(cancellationToken);
            }

            return token;
        }
        finally
        {
            renewing.Release();
        }
    }

    /// <summary>Forgets the token, so the next call asks for a new one (after the issuer's keys rolled over, say).</summary>
    public void Invalidate() => renewAt = DateTimeOffset.MinValue;

    public void Dispose() => renewing.Dispose();

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var request = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.ClientId,
            ["client_secret"] = credentials.Secret!,
        });
        var issuer = clients.CreateClient(ServiceAccessTokens.IssuerClient);

        // Asking for a client-credentials token twice only costs a second token: safe to retry.
        using var message = new HttpRequestMessage(HttpMethod.Post, credentials.TokenEndpoint) { Content = request }.MarkIdempotent();
        using var response = await issuer.SendAsync(message, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The issuer refused a service token for {credentials.ClientId}.", null, response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
            ?? throw new HttpRequestException($"The issuer answered no service token for {credentials.ClientId}.");
        var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 0));
        token = answer.AccessToken;
        renewAt = clock.GetUtcNow() + (lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2);
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
