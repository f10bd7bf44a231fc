namespace K8sShop.Payments.Providers.Stripe;

/// <summary>Stripe's error and decline codes, turned into what the shopper reads.</summary>
public static class StripeDeclines
{
    public static string ReasonFor(string? code, string? declineCode) => (declineCode ?? code) switch
    {
        "insufficient_funds" => ShopperReasons.InsufficientFunds,
        "expired_card" => ShopperReasons.ExpiredCard,
        "incorrect_cvc" or "incorrect_number" or "invalid_cvc" or "invalid_number" or "invalid_expiry_month" or "invalid_expiry_year" => ShopperReasons.IncorrectDetails,
        "authentication_required" => ShopperReasons.NeedsAuthentication,
        "processing_error" => ShopperReasons.ProviderUnavailable,
        _ => ShopperReasons.Declined,
    };
}
