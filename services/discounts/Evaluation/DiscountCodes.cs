namespace K8sShop.Discounts.Evaluation;

/// <summary>The one form a code is stored and compared in: trimmed and upper-case, so "spring10 " finds SPRING10.</summary>
public static class DiscountCodes
{
    public const int MaxLength = 64;

    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }
}
