using System.Globalization;
using System.Security;
using K8sShop.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Catalog;

/// <summary>
/// Product pictures drawn by the service itself (SVG), so the catalog has images without shipping or
/// downloading any: a colour from the SKU, the product's initials and name.
/// </summary>
public static class ProductImages
{
    public static string UrlFor(string sku) => $"/api/catalog/images/{Uri.EscapeDataString(sku)}.svg";

    public static RouteHandlerBuilder MapProductImages(this RouteGroupBuilder catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.MapGet("/images/{sku}.svg", DrawAsync).WithName("catalog-image").WithSummary("A product's picture (SVG).")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> DrawAsync(string sku, InventoryDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var name = sku.Length > 64 ? null : await db.Products.AsNoTracking().Where(p => p.Sku == sku).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return TypedResults.Problem($"No picture '{sku}'.", statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Text(Svg(sku, name), "image/svg+xml");
    }

    public static string Svg(string sku, string name)
    {
        ArgumentNullException.ThrowIfNull(sku);
        ArgumentNullException.ThrowIfNull(name);
        var hue = (int)((uint)StableHash(sku) % 360);
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
        var h = hue.ToString(CultureInfo.InvariantCulture);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="{SecurityElement.Escape(name)}">
            <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl({h},70%,62%)"/><stop offset="1" stop-color="hsl({h},60%,38%)"/></linearGradient></defs>
            <rect width="400" height="400" fill="url(#g)"/>
            <circle cx="200" cy="170" r="90" fill="rgba(255,255,255,0.18)"/>
            <text x="200" y="200" font-family="sans-serif" font-size="84" font-weight="700" fill="#fff" text-anchor="middle">{SecurityElement.Escape(initials)}</text>
            <text x="200" y="330" font-family="sans-serif" font-size="22" fill="#fff" text-anchor="middle">{SecurityElement.Escape(name.Length > 30 ? name[..30] : name)}</text>
            </svg>
            """;
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
