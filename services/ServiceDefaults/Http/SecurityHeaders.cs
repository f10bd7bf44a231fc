using Microsoft.AspNetCore.Builder;

namespace K8sShop.ServiceDefaults.Http;

/// <summary>
/// Headers that cost nothing and close whole classes of browser attacks (MIME sniffing, click-jacking,
/// referrer leaks). The content security policy allows only the shop's own origin (and Stripe.js's), unless the
/// endpoint set a narrower-purpose one itself (users' consent page lets its form lead to the app's origin).
/// </summary>
public static class SecurityHeaders
{
    // Stripe.js must be loaded from js.stripe.com and runs its card field in frames of its own that talk to
    // api.stripe.com (Stripe's documented CSP); the checkout needs that when payments run on Stripe.
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss: https://api.stripe.com; "
        + "script-src 'self' https://js.stripe.com https://*.js.stripe.com; frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com; "
        + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.Ordinal) && !headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
