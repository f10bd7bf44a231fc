using K8sShop.ServiceDefaults.Auth;
using K8sShop.Users.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace K8sShop.Users.Profile;

/// <summary>The caller's own profile: always the account named by the access token, never another.</summary>
public static class ProfileApi
{
    public static RouteGroupBuilder MapProfile(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var me = api.MapGroup("/me").WithTags("Profile").RequireAuthorization(ShopPolicies.Account);
        me.MapGet("", Get).WithSummary("The caller's profile.");
        me.MapPut("", Update).WithSummary("Updates the caller's display name and phone.");
        return api;
    }

    private static async Task<Results<Ok<ProfileView>, NotFound>> Get(HttpContext http, UserManager<ShopUser> users)
    {
        var user = await Caller.FindAsync(http, users);
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(await ViewOf(user, users));
    }

    private static async Task<Results<Ok<ProfileView>, ValidationProblem, NotFound>> Update(ProfileUpdate update, HttpContext http, UserManager<ShopUser> users)
    {
        var errors = new FieldErrors();
        errors.Required("displayName", update.DisplayName, ShopUser.MaxDisplayNameLength);
        errors.Optional("phone", update.Phone, ShopUser.MaxPhoneLength);
        if (update.Phone is { Length: > 0 } phone && !phone.All(c => char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
        {
            errors.Add("phone", "Digits, spaces, +, - and parentheses only.");
        }

        if (errors.Any)
        {
            return AccountsApi.Invalid(errors);
        }

        var user = await Caller.FindAsync(http, users);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        user.DisplayName = update.DisplayName!.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(update.Phone) ? null : update.Phone.Trim();
        await users.UpdateAsync(user);
        return TypedResults.Ok(await ViewOf(user, users));
    }

    private static async Task<ProfileView> ViewOf(ShopUser user, UserManager<ShopUser> users) =>
        new(user.Id, user.Email ?? "", user.EmailConfirmed, user.DisplayName, user.PhoneNumber, [.. await users.GetRolesAsync(user)]);
}
