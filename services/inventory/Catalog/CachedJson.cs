using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace K8sShop.Inventory.Catalog;

/// <summary>
/// A JSON answer with an ETag (a hash of the exact bytes) and <c>Cache-Control</c>; a request whose
/// <c>If-None-Match</c> names the same tag gets 304 and no body. A zero max-age means <c>no-cache</c>.
/// </summary>
public static class CachedJson
{
    public static IResult Ok<T>(HttpContext http, T value, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(http);
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        http.Response.Headers.ETag = etag;
        // No max-age: a cache may keep the answer but must revalidate it (If-None-Match) before every use.
        http.Response.Headers.CacheControl = maxAge > TimeSpan.Zero ? $"public, max-age={(int)maxAge.TotalSeconds}" : "public, no-cache";
        var requested = http.Request.Headers.IfNoneMatch.ToString();
        if (requested.Length > 0 && requested.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "W/" + etag || tag.Trim() == "*"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, "application/json");
    }
}
