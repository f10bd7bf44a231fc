using K8sShop.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace K8sShop.Gateway;

/// <summary>
/// Serves the built web app with an SPA fallback: a GET for any path that is not a file and not an
/// API gets <c>index.html</c> (or a placeholder page before the web app is built), while unknown
/// API paths still answer 404 ProblemDetails and wrong methods 405.
/// </summary>
public static class StorefrontWebApp
{
    private static readonly string[] ApiPrefixes = ["/api", "/hubs", "/connect", "/.well-known"];

    public static WebApplicationBuilder AddStorefrontWebApp(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(WebRoot.Locate(builder.Configuration["Gateway:WebRoot"], builder.Environment.ContentRootPath));
        return builder;
    }

    public static WebApplication MapStorefrontWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = app.Services.GetRequiredService<WebRoot>();
        var files = root.Directory is { } directory ? new PhysicalFileProvider(directory) : null;
        if (files is not null)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapFallback((HttpContext context) => Fallback(context, files))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    private static IResult Fallback(HttpContext context, PhysicalFileProvider? files)
    {
        if (ApiPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such resource.",
                type: ProblemTypes.ForStatus(StatusCodes.Status404NotFound));
        }

        return files?.GetFileInfo("index.html") is { Exists: true, PhysicalPath: { } index }
            ? TypedResults.PhysicalFile(index, "text/html; charset=utf-8")
            : TypedResults.Content(PlaceholderPage.Html, "text/html; charset=utf-8");
    }
}
