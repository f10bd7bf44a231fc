using System.Net.Mail;
using Microsoft.AspNetCore.Identity;

namespace K8sShop.Users.Accounts;

/// <summary>Collects per-field messages for a 400 ValidationProblem (field name → messages).</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Email(string field, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            Add(field, "An email address is required.");
        }
        else if (email.Length > ShopUser.MaxEmailLength)
        {
            Add(field, $"At most {ShopUser.MaxEmailLength} characters.");
        }
        else if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email.Trim() || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            Add(field, "This is not an email address.");
        }
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "A value is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
    }

    public void Optional(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
    }

    /// <summary>Identity's own errors (password policy, duplicate email) under the field they concern.</summary>
    public void FromIdentity(IdentityResult result, string passwordField = "password")
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => "email",
                _ => "account",
            };
            Add(field, error.Description);
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
