using System.Text;
using K8sShop.Contracts;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Errors;
using K8sShop.Users.Data;
using K8sShop.Users.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace K8sShop.Users.Accounts;

/// <summary>
/// Registration, email confirmation and password changes under <c>/api/users</c>. Signing in happens on
/// the login page of the authorization flow (<c>/account/login</c>), never through this API.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var accounts = api.MapGroup("").WithTags("Accounts");
        accounts.MapPost("/accounts", Register)
            .WithSummary("Creates a customer account and emails a confirmation link.")
            .AllowAnonymous().RequireRateLimiting(RateLimits.RegisterPolicy);
        accounts.MapPost("/accounts/confirm-email", ConfirmEmail)
            .WithSummary("Confirms an email address with the token from the emailed link.")
            .AllowAnonymous().RequireRateLimiting(RateLimits.ResetPolicy);
        accounts.MapPost("/password-reset", RequestPasswordReset)
            .WithSummary("Emails a reset link if the account exists; the answer is the same either way.")
            .AllowAnonymous().RequireRateLimiting(RateLimits.ResetPolicy);
        accounts.MapPost("/password-reset/complete", CompletePasswordReset)
            .WithSummary("Sets a new password with the emailed reset token.")
            .AllowAnonymous().RequireRateLimiting(RateLimits.ResetPolicy);
        accounts.MapPost("/me/password", ChangePassword)
            .WithSummary("Changes the caller's password; other sessions' refresh tokens stop working.")
            .RequireAuthorization(ShopPolicies.Account);
        return api;
    }

    private static async Task<Results<Created<AccountCreated>, ValidationProblem>> Register(
        RegisterRequest request, HttpRequest http, UserManager<ShopUser> users, UsersDbContext db, AccountLinks links, TimeProvider clock)
    {
        var errors = new FieldErrors();
        errors.Email("email", request.Email);
        errors.Required("password", request.Password, 128);
        errors.Optional("displayName", request.DisplayName, ShopUser.MaxDisplayNameLength);
        RegistrationLocale.Validate(errors, request.Locale);
        if (errors.Any)
        {
            return Invalid(errors);
        }

        var locale = RegistrationLocale.Of(request.Locale, http);
        var email = request.Email!.Trim();
        var user = new ShopUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email.Split('@')[0] : request.DisplayName.Trim(),
        };

        // The account, its role and both events commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            errors.FromIdentity(created);
            return Invalid(errors);
        }

        await users.AddToRoleAsync(user, ShopRoles.Customer);
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        db.Publish(new UserRegistered(user.Id, email, user.DisplayName, clock.GetUtcNow(), locale));
        db.Publish(new EmailConfirmationRequested(user.Id, email, links.EmailConfirmation(user.Id, token), locale, user.DisplayName));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return TypedResults.Created($"/api/users/me", new AccountCreated(user.Id, email));
    }

    private static async Task<Results<NoContent, ValidationProblem>> ConfirmEmail(ConfirmEmailRequest request, UserManager<ShopUser> users)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        var decoded = Decode(request.Token);
        if (user is null || decoded is null || !(await users.ConfirmEmailAsync(user, decoded)).Succeeded)
        {
            var errors = new FieldErrors();
            errors.Add("token", "This confirmation link is invalid or has expired.");
            return Invalid(errors);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> RequestPasswordReset(
        PasswordResetRequest request, UserManager<ShopUser> users, UsersDbContext db, AccountLinks links, AccountAttemptLimiter limiter)
    {
        var errors = new FieldErrors();
        errors.Email("email", request.Email);
        if (errors.Any)
        {
            return Invalid(errors);
        }

        if (!limiter.TryAttempt("reset", request.Email))
        {
            return TooManyAttempts();
        }

        var user = await users.FindByEmailAsync(request.Email!.Trim());
        if (user is not null)
        {
            var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
            db.Publish(new PasswordResetRequested(user.Id, user.Email!, links.PasswordReset(user.Email!, token)));
            await db.SaveChangesAsync();
        }

        // The same answer whether or not the account exists.
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> CompletePasswordReset(
        CompletePasswordResetRequest request, UserManager<ShopUser> users, UsersDbContext db, AccountAttemptLimiter limiter)
    {
        // Malformed input is refused before it costs an attempt.
        var shape = new FieldErrors();
        shape.Email("email", request.Email);
        if (!shape.Any && !limiter.TryAttempt("reset", request.Email))
        {
            return TooManyAttempts();
        }

        var errors = await PasswordResetCompletion.CompleteAsync(users, db, request.Email, request.Token, request.NewPassword);
        return errors.Any ? Invalid(errors) : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> ChangePassword(
        ChangePasswordRequest request, HttpContext http, UserManager<ShopUser> users, UsersDbContext db)
    {
        var errors = new FieldErrors();
        errors.Required("currentPassword", request.CurrentPassword, 128);
        errors.Required("newPassword", request.NewPassword, 128);
        if (errors.Any)
        {
            return Invalid(errors);
        }

        var user = await Caller.FindAsync(http, users);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                errors.Add(error.Code == "PasswordMismatch" ? "currentPassword" : "newPassword", error.Description);
            }

            return Invalid(errors);
        }

        await Grants.RevokeAllAsync(db, user.Id);
        return TypedResults.NoContent();
    }

    internal static ValidationProblem Invalid(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), type: ProblemTypes.Base + "validation-failed", title: "Some fields are not valid.");

    internal static ProblemHttpResult TooManyAttempts() =>
        TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, type: ProblemTypes.ForStatus(429), title: "Too many attempts; try again later.");

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    internal static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
