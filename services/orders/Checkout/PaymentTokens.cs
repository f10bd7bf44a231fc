using System.Text.RegularExpressions;

namespace K8sShop.Orders.Checkout;

/// <summary>
/// What a payment token may look like (a provider's opaque id such as <c>tok_visa</c> or <c>pm_1Nx…</c>). The
/// shop never receives card data: anything with a card-number-like run of digits is refused and never stored.
/// </summary>
public static partial class PaymentTokens
{
    public static bool IsWellFormed(string token) => Shape().IsMatch(token) && !LooksLikeCardNumber(token);

    /// <summary>Twelve or more digits, possibly split by spaces or dashes: the shape of a primary account number.</summary>
    public static bool LooksLikeCardNumber(string value) => CardDigits().IsMatch(value ?? "");

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_\-]{2,199}$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"(?:\d[ \-]?){11}\d")]
    private static partial Regex CardDigits();
}
