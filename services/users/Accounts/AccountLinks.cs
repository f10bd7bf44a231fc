using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using K8sShop.Users.Tokens;

namespace K8sShop.Users.Accounts;

/// <summary>The links emailed to account owners, on the shop's public origin.</summary>
public sealed class AccountLinks(IOptions<IssuerOptions> options)
{
    public Uri EmailConfirmation(Guid userId, string token) =>
        Build("account/confirm-email", new() { ["userId"] = userId.ToString(), ["token"] = token });

    public Uri PasswordReset(string email, string token) =>
        Build("account/reset-password", new() { ["email"] = email, ["token"] = token });

    private Uri Build(string path, Dictionary<string, string?> query)
    {
        var origin = options.Value.Authority ?? new Uri("http://localhost:8080/");
        return new Uri(QueryHelpers.AddQueryString(new Uri(origin, path).ToString(), query));
    }
}
