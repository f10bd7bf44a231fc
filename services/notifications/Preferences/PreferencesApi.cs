using System.Security.Claims;
using System.Text.RegularExpressions;
using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Storage;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Notifications.Preferences;

/// <summary>The signed-in user's channel preferences: <c>/api/notifications/preferences</c>.</summary>
public static partial class PreferencesApi
{
    public static RouteGroupBuilder MapPreferences(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var preferences = api.MapGroup("/preferences").WithTags("Preferences").RequireAuthorization(ShopPolicies.Account);
        preferences.MapGet("/", GetAsync).WithSummary("The caller's channel preferences (defaults until they choose).");
        preferences.MapPut("/", PutAsync).WithSummary("Replaces the caller's channel preferences.");
        return api;
    }

    private static async Task<Ok<PreferencesView>> GetAsync(ClaimsPrincipal user, INotificationStore store, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var preferences = await store.FindPreferencesAsync(userId, cancellationToken) ?? ChannelPreferences.Defaults(userId);
        return TypedResults.Ok(PreferencesView.Of(preferences));
    }

    private static async Task<Results<Ok<PreferencesView>, ValidationProblem>> PutAsync(
        PreferencesView request, ClaimsPrincipal user, INotificationStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var phone = string.IsNullOrWhiteSpace(request.PhoneNumber) ? null : request.PhoneNumber.Trim();
        if (phone is not null && !E164().IsMatch(phone))
        {
            errors["phoneNumber"] = ["An international number such as +33612345678."];
        }

        if (request.Sms && phone is null)
        {
            errors["sms"] = ["SMS needs a phone number."];
        }

        if (request.Locale is not null && !Locales.Supported.Contains(request.Locale))
        {
            errors["locale"] = [$"One of: {string.Join(", ", Locales.Supported)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var preferences = new ChannelPreferences
        {
            UserId = user.UserId(),
            Email = request.Email,
            Sms = request.Sms,
            InApp = request.InApp,
            PhoneNumber = phone,
            Locale = request.Locale,
        };
        await store.SavePreferencesAsync(preferences, cancellationToken);
        return TypedResults.Ok(PreferencesView.Of(preferences));
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
