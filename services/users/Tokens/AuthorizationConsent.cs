using K8sShop.Users.Accounts;
using K8sShop.Users.Data;
using K8sShop.Users.Pages;
using Microsoft.AspNetCore.Antiforgery;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace K8sShop.Users.Tokens;

/// <summary>
/// The consent step of <c>/connect/authorize</c> for clients with <see cref="ClientRegistration.RequireConsent"/>:
/// a remembered consent covering the scopes lets the request through; otherwise the consent page asks,
/// and its answer (antiforgery-checked) either records a consent or sends <c>access_denied</c> back to
/// the client.
/// </summary>
public static class AuthorizationConsent
{
    public static async Task<ConsentDecision> DecideAsync(
        HttpContext http, OpenIddictRequest request, ShopUser user, RegisteredClients clients, UsersDbContext db, IAntiforgery antiforgery, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var clientId = request.ClientId!;
        var scopes = request.GetScopes();

        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType && http.Request.Form.ContainsKey(ConsentPage.DecisionField))
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return ConsentDecision.Respond(AccountPages.Message(
                    "Page expired", "This page has expired. Go back to the app and start again.", StatusCodes.Status400BadRequest));
            }

            switch (http.Request.Form[ConsentPage.DecisionField].ToString())
            {
                case ConsentPage.Deny:
                    return ConsentDecision.Respond(ConnectEndpoints.Reject(Errors.AccessDenied, "The account holder did not allow this app."));
                case ConsentPage.Accept:
                    var remember = string.Equals(http.Request.Form[ConsentPage.RememberField].ToString(), "true", StringComparison.Ordinal);
                    var consent = await Consents.GrantAsync(db, user.Id, clientId, scopes, remember, clock);
                    return ConsentDecision.Proceed(consent.Id);
                default:
                    return ConsentDecision.Respond(AccountPages.Message(
                        "Choose Allow or Deny", "The page sent no choice. Go back to the app and start again.", StatusCodes.Status400BadRequest));
            }
        }

        if (!request.HasPromptValue(PromptValues.Consent) && await Consents.FindRememberedAsync(db, user.Id, clientId, scopes) is { } remembered)
        {
            return ConsentDecision.Proceed(remembered.Id);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return ConsentDecision.Respond(ConnectEndpoints.Reject(Errors.ConsentRequired, "The account holder has not allowed this app yet."));
        }

        var parameters = http.Request.HasFormContentType
            ? http.Request.Form.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString()))
            : http.Request.Query.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString()));
        return ConsentDecision.Respond(ConsentPage.Render(
            http, antiforgery, parameters.ToList(), clients.DisplayNameOf(clientId), scopes, new Uri(request.RedirectUri!)));
    }
}
