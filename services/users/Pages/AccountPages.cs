using System.Text.Encodings.Web;
using K8sShop.Users.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace K8sShop.Users.Pages;

/// <summary>
/// The sign-in page the authorization flow sends people to, in the storefront's look. Server-rendered HTML with an antiforgery token; the answer never says whether the
/// email exists, and attempts are limited per address and per account.
/// </summary>
public static class AccountPages
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pages = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, LocalOrRoot(returnUrl), email: null, error: null, StatusCodes.Status200OK));
        pages.MapPost("/login", SignInAsync).RequireRateLimiting(RateLimits.LoginPolicy);
        pages.MapGet("/confirm-email", ConfirmEmailAsync).RequireRateLimiting(RateLimits.ResetPolicy);
        pages.MapResetPasswordPage();
        pages.MapPageStylesheet();
        return app;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] LoginForm form, HttpContext http, IAntiforgery antiforgery, SignInManager<ShopUser> signIn, AccountAttemptLimiter limiter)
    {
        var returnUrl = LocalOrRoot(form.ReturnUrl);
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password)
            || form.Email.Length > ShopUser.MaxEmailLength || form.Password.Length > 128)
        {
            return Page(http, antiforgery, returnUrl, form.Email, "Enter your email and password.", StatusCodes.Status400BadRequest);
        }

        if (!limiter.TryAttempt("login", form.Email))
        {
            return Page(http, antiforgery, returnUrl, form.Email, "Too many attempts. Try again later.", StatusCodes.Status429TooManyRequests);
        }

        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl);
        }

        // One message for unknown email, wrong password and locked account alike.
        return Page(http, antiforgery, returnUrl, form.Email, "The email or password is not correct, or the account is locked for a while.", StatusCodes.Status400BadRequest);
    }

    /// <summary>The target of the emailed confirmation link.</summary>
    private static async Task<IResult> ConfirmEmailAsync(string? userId, string? token, UserManager<ShopUser> users)
    {
        var user = Guid.TryParse(userId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        var decoded = AccountsApi.Decode(token);
        var confirmed = user is not null && decoded is not null && (await users.ConfirmEmailAsync(user, decoded)).Succeeded;
        return Message(
            confirmed ? "Email confirmed" : "Link not valid",
            confirmed ? "Your email address is confirmed. You can close this page." : "This confirmation link is invalid or has expired.",
            confirmed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>A page that only tells something (a link's outcome), with a way back to the shop.</summary>
    internal static IResult Message(string title, string text, int status)
    {
        var h = HtmlEncoder.Default;
        var look = status < 400 ? "status" : "alert";
        return ShopPage.Render(title, $"""<h1>{h.Encode(title)}</h1><p role="status" class="{look}">{h.Encode(text)}</p><p><a href="/">Back to the shop</a></p>""", status);
    }

    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? email, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var h = HtmlEncoder.Default;
        var alert = error is null ? "" : $"""<p role="alert" id="login-error" class="alert">{h.Encode(error)}</p>""";
        var described = error is null ? "" : """ aria-describedby="login-error" aria-invalid="true" """;
        var body = $"""
            <h1>Sign in to K8sShop</h1>
            {alert}
            <form method="post" action="/account/login">
            <input type="hidden" name="{h.Encode(tokens.FormFieldName)}" value="{h.Encode(tokens.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{h.Encode(returnUrl)}">
            <p class="field"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required maxlength="256" value="{h.Encode(email ?? "")}"{described}></p>
            <p class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"{described}></p>
            <p class="actions"><button type="submit">Sign in</button></p>
            </form>
            """;
        return ShopPage.Render("Sign in", body, status);
    }
}
