using System.Text.Encodings.Web;

namespace K8sShop.Users.Pages;

/// <summary>
/// The frame of every page the users service serves (sign-in, consent, reset password, link outcomes):
/// the shop's name, one small stylesheet (<see cref="PageStylesheet"/>) and a main landmark.
/// </summary>
public static class ShopPage
{
    /// <param name="body">Already-encoded HTML of the main content.</param>
    public static IResult Render(string title, string body, int status)
    {
        var h = HtmlEncoder.Default;
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{h.Encode(title)} · K8sShop</title><link rel="stylesheet" href="{PageStylesheet.Path}"></head>
            <body>
            <header class="header"><a class="logo" href="/">K8sShop</a></header>
            <main>
            <div class="panel">
            {body}
            </div>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
