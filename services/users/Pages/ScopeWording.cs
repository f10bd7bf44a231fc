using static OpenIddict.Abstractions.OpenIddictConstants;

namespace K8sShop.Users.Pages;

/// <summary>What each scope lets a client do, in the words the consent page uses.</summary>
public static class ScopeWording
{
    public static string Of(string scope) => scope switch
    {
        Scopes.OpenId => "Know that it is you (your account number)",
        Scopes.Profile => "See your name",
        Scopes.Email => "See your email address and whether it is confirmed",
        Scopes.Roles => "See your role in the shop (customer, support or admin)",
        Scopes.OfflineAccess => "Stay connected while you are away, until you sign out or withdraw this permission",
        _ => scope,
    };
}
