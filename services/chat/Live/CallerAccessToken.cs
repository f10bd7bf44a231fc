using Microsoft.Net.Http.Headers;

namespace K8sShop.Chat.Live;

/// <summary>The access token a hub connection was authenticated with: the Authorization header, else the query's <c>access_token</c> (see <see cref="HubAccessToken"/>).</summary>
public static class CallerAccessToken
{
    public static string? Of(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }

        var header = http.Request.Headers[HeaderNames.Authorization].ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        var query = http.Request.Query["access_token"].ToString();
        return query.Length > 0 ? query : null;
    }
}
