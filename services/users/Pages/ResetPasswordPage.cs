using System.Text.Encodings.Web;
using K8sShop.Users.Accounts;
using K8sShop.Users.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace K8sShop.Users.Pages;

/// <summary>
/// <c>/account/reset-password</c>, where the emailed reset link leads: the link's email and token ride
/// along as hidden fields, the person types the new password. Errors are said next to the field they
/// concern; a spent or forged link says so in words.
/// </summary>
public static class ResetPasswordPage
{
    public const string Path = "/account/reset-password";

    public static RouteGroupBuilder MapResetPasswordPage(this RouteGroupBuilder pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        pages.MapGet("/reset-password", (HttpContext http, IAntiforgery antiforgery, string? email, string? token) =>
            string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token)
                ? AccountPages.Message("Link not valid", PasswordResetCompletion.InvalidLink, StatusCodes.Status400BadRequest)
                : Form(http, antiforgery, email, token, new FieldErrors(), StatusCodes.Status200OK));
        pages.MapPost("/reset-password", ResetAsync).RequireRateLimiting(RateLimits.ResetPolicy);
        return pages;
    }

    private static async Task<IResult> ResetAsync(
        [FromForm] ResetPasswordForm form, HttpContext http, IAntiforgery antiforgery, UserManager<ShopUser> users, UsersDbContext db, AccountAttemptLimiter limiter)
    {
        if (!limiter.TryAttempt("reset", form.Email))
        {
            return AccountPages.Message("Too many attempts", "Too many attempts. Try again later.", StatusCodes.Status429TooManyRequests);
        }

        var errors = await PasswordResetCompletion.CompleteAsync(users, db, form.Email, form.Token, form.NewPassword);
        if (!errors.Any)
        {
            return AccountPages.Message("Password changed", "Your password is changed and every other session is signed out. You can sign in with the new password.", StatusCodes.Status200OK);
        }

        var fields = errors.ToDictionary();
        if (!fields.ContainsKey("newPassword"))
        {
            // Only the link is at fault: another try on this page cannot succeed.
            return AccountPages.Message("Link not valid", PasswordResetCompletion.InvalidLink + " Ask for a new one.", StatusCodes.Status400BadRequest);
        }

        return Form(http, antiforgery, form.Email ?? "", form.Token ?? "", errors, StatusCodes.Status400BadRequest);
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string email, string token, FieldErrors errors, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var h = HtmlEncoder.Default;
        var problems = errors.ToDictionary().GetValueOrDefault("newPassword") ?? [];
        var alert = problems.Length == 0
            ? ""
            : $"""<div role="alert" id="password-error" class="alert"><p>The new password is not accepted:</p><ul>{string.Concat(problems.Select(p => $"<li>{h.Encode(p)}</li>"))}</ul></div>""";
        var invalid = problems.Length == 0 ? """ aria-describedby="password-rules" """ : """ aria-invalid="true" aria-describedby="password-error password-rules" """;
        var body = $"""
            <h1>Choose a new password</h1>
            <p class="muted">For {h.Encode(email)}</p>
            {alert}
            <form method="post" action="{Path}">
            <input type="hidden" name="{h.Encode(tokens.FormFieldName)}" value="{h.Encode(tokens.RequestToken ?? "")}">
            <input type="hidden" name="email" value="{h.Encode(email)}">
            <input type="hidden" name="token" value="{h.Encode(token)}">
            <p class="field"><label for="newPassword">New password</label><input id="newPassword" name="newPassword" type="password" autocomplete="new-password" required minlength="10" maxlength="128"{invalid}></p>
            <p class="hint" id="password-rules">At least 10 characters, with an upper-case letter, a lower-case letter and a digit.</p>
            <p class="actions"><button type="submit">Set the new password</button></p>
            </form>
            """;
        return ShopPage.Render("Choose a new password", body, status);
    }
}
