using System.Text.Encodings.Web;
using K8sShop.ServiceDefaults.Http;
using Microsoft.AspNetCore.Antiforgery;

namespace K8sShop.Users.Pages;

/// <summary>
/// The consent page of the authorization flow, for clients that need one: which app asks for what,
/// Allow or Deny, and whether to remember the choice. It posts back to <c>/connect/authorize</c> with the
/// request's own parameters as hidden fields and an antiforgery token.
/// </summary>
public static class ConsentPage
{
    public const string DecisionField = "consent";
    public const string RememberField = "remember";
    public const string Accept = "accept";
    public const string Deny = "deny";

    /// <summary>
    /// Fields of the page's own form (and <c>prompt</c>, already answered); never copied into the
    /// replayed authorization request.
    /// </summary>
    public static bool IsPageField(string name, string antiforgeryField) =>
        name is DecisionField or RememberField or "prompt" || string.Equals(name, antiforgeryField, StringComparison.Ordinal);

    public static IResult Render(
        HttpContext http, IAntiforgery antiforgery, IEnumerable<KeyValuePair<string, string>> request, string clientName, IReadOnlyCollection<string> scopes, Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(http);
        var h = HtmlEncoder.Default;
        var hidden = string.Concat(request
            .Where(p => !IsPageField(p.Key, tokens.FormFieldName))
            .Select(p => $"""<input type="hidden" name="{h.Encode(p.Key)}" value="{h.Encode(p.Value)}">""" + "\n"));
        var asks = string.Concat(scopes.Select(s => $"<li>{h.Encode(ScopeWording.Of(s))}</li>"));
        var body = $"""
            <h1>Allow {h.Encode(clientName)}?</h1>
            <p><strong>{h.Encode(clientName)}</strong> wants to use your K8sShop account to:</p>
            <ul class="scopes">{asks}</ul>
            <p class="hint">It will send you back to {h.Encode(redirectUri.GetLeftPart(UriPartial.Authority))}. You can withdraw this permission at any time in your account.</p>
            <form method="post" action="/connect/authorize">
            <input type="hidden" name="{h.Encode(tokens.FormFieldName)}" value="{h.Encode(tokens.RequestToken ?? "")}">
            {hidden}
            <p class="check"><input id="remember" name="{RememberField}" type="checkbox" value="true"><label for="remember">Remember my choice for this app</label></p>
            <p class="actions"><button type="submit" name="{DecisionField}" value="{Accept}">Allow</button><button type="submit" class="secondary" name="{DecisionField}" value="{Deny}">Deny</button></p>
            </form>
            """;

        // The answer to this form redirects to the app's own origin, which the shop's policy must allow.
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy.Replace(
            "form-action 'self'", "form-action 'self' " + redirectUri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);
        return ShopPage.Render($"Allow {clientName}?", body, StatusCodes.Status200OK);
    }
}
