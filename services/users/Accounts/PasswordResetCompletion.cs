using K8sShop.Users.Data;
using K8sShop.Users.Tokens;
using Microsoft.AspNetCore.Identity;

namespace K8sShop.Users.Accounts;

/// <summary>
/// Sets a new password with an emailed reset token; the API and the reset page both come here. On
/// success every refresh token of the account stops working (whoever asked for the reset may not be
/// the only one signed in).
/// </summary>
public static class PasswordResetCompletion
{
    public const string InvalidLink = "This reset link is invalid or has expired.";

    /// <summary>The field errors (<c>email</c>, <c>token</c>, <c>newPassword</c>); none when the password was set.</summary>
    public static async Task<FieldErrors> CompleteAsync(UserManager<ShopUser> users, UsersDbContext db, string? email, string? token, string? newPassword)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(db);
        var errors = new FieldErrors();
        errors.Email("email", email);
        errors.Required("token", token, 2048);
        errors.Required("newPassword", newPassword, 128);
        if (errors.Any)
        {
            return errors;
        }

        var user = await users.FindByEmailAsync(email!.Trim());
        var decoded = AccountsApi.Decode(token);
        if (user is null || decoded is null)
        {
            errors.Add("token", InvalidLink);
            return errors;
        }

        var reset = await users.ResetPasswordAsync(user, decoded, newPassword!);
        if (!reset.Succeeded)
        {
            if (reset.Errors.Any(e => e.Code == "InvalidToken"))
            {
                errors.Add("token", InvalidLink);
            }

            foreach (var error in reset.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
            {
                errors.Add("newPassword", error.Description);
            }

            return errors;
        }

        await Grants.RevokeAllAsync(db, user.Id);
        return errors;
    }
}
