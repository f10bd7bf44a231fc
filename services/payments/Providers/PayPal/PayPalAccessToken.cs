using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace K8sShop.Payments.Providers.PayPal;

/// <summary>
/// PayPal's OAuth 2 client-credentials token, fetched with the client id and secret and kept until shortly
/// before it expires.
/// </summary>
public sealed class PayPalAccessToken(PayPalSettings settings, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetAsync(HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _renewAt)
            {
                return _token;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, "/v1/oauth2/token"))
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PayPalUnavailableException((int)response.StatusCode, PayPalPaymentProvider.DebugId(response));
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new PayPalUnavailableException((int)response.StatusCode, PayPalPaymentProvider.DebugId(response));
            _token = token.AccessToken;
            _renewAt = clock.GetUtcNow().AddSeconds(Math.Max(0, token.ExpiresIn - 60));
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
