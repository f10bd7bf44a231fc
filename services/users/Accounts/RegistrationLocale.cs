using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace K8sShop.Users.Accounts;

/// <summary>
/// The language a customer registers in: the one the request names, else the browser's first
/// Accept-Language choice. Users does not know which languages other services write in; it passes the
/// tag on (in <c>UserRegistered</c>) and each service picks its closest.
/// </summary>
public static partial class RegistrationLocale
{
    public const int MaxLength = 35;

    /// <summary>Adds an error when <paramref name="requested"/> is given but is no language tag.</summary>
    public static void Validate(FieldErrors errors, string? requested)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (requested is not null && (requested.Length > MaxLength || !Tag().IsMatch(requested)))
        {
            errors.Add("locale", "A language tag such as \"fr\" or \"en-GB\".");
        }
    }

    /// <summary>The validated requested tag, else the browser's preferred one, else none.</summary>
    public static string? Of(string? requested, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(requested))
        {
            return requested;
        }

        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Value.HasValue && l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value!)
            .FirstOrDefault(v => v.Length <= MaxLength && Tag().IsMatch(v));
        return preferred;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Tag();
}
