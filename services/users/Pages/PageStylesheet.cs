namespace K8sShop.Users.Pages;

/// <summary>
/// <c>/account/site.css</c>: the storefront's colours, fonts and focus ring (from <c>web/src/styles.css</c>)
/// for the users service's own pages, served from the assembly so the pages need nothing else.
/// </summary>
public static class PageStylesheet
{
    public const string Path = "/account/site.css";

    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = typeof(PageStylesheet).Assembly.GetManifestResourceStream("K8sShop.Users.Pages.site.css")
            ?? throw new InvalidOperationException("The pages' stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static RouteGroupBuilder MapPageStylesheet(this RouteGroupBuilder pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        pages.MapGet("/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Content.Value, "text/css; charset=utf-8");
        });
        return pages;
    }
}
