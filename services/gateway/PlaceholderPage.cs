namespace K8sShop.Gateway;

/// <summary>Shown until the web app is built, so a fresh checkout still answers with something useful.</summary>
internal static class PlaceholderPage
{
    private static readonly string[] Services = ["users", "orders", "inventory", "stockcheck", "billing", "notifications", "discounts", "chat", "payments"];

    public static string Html { get; } = $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>K8sShop</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body>
        <main>
        <h1>K8sShop</h1>
        <p>The platform is running. The storefront has not been built yet (<code>web/dist</code> is missing).</p>
        <h2>Services</h2>
        <ul>
        {{string.Concat(Services.Select(s => $"<li><a href=\"/api/{s}/info\">{s}</a> · <a href=\"/api/{s}/healthz/ready\">ready</a></li>"))}}
        </ul>
        </main>
        </body>
        </html>
        """;
}
