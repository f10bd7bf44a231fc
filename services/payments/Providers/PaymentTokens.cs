namespace K8sShop.Payments.Providers;

/// <summary>Guards the rule that no card number ever reaches the server, whatever a client sends as its token.</summary>
public static class PaymentTokens
{
    public static bool LooksLikeCardNumber(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var digits = token.Count(char.IsAsciiDigit);
        return digits is >= 12 and <= 19 && token.All(c => char.IsAsciiDigit(c) || c is ' ' or '-');
    }
}
