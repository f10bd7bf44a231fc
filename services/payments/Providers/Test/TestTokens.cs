namespace K8sShop.Payments.Providers.Test;

/// <summary>The tokens the built-in test provider understands, named after Stripe's test tokens.</summary>
public static class TestTokens
{
    public const string Visa = "tok_visa";
    public const string Mastercard = "tok_mastercard";
    public const string ChargeDeclined = "tok_chargeDeclined";
    public const string InsufficientFunds = "tok_insufficientFunds";
    public const string ExpiredCard = "tok_chargeDeclinedExpiredCard";
    public const string ProcessingError = "tok_processingError";

    /// <summary>What the web app's payment step offers when the test provider is active.</summary>
    public static readonly IReadOnlyList<TestTokenChoice> Choices =
    [
        new(Visa, "Visa, pays"),
        new(Mastercard, "Mastercard, pays"),
        new(ChargeDeclined, "Declined card"),
        new(InsufficientFunds, "Insufficient funds"),
        new(ExpiredCard, "Expired card"),
        new(ProcessingError, "Processing error (provider unavailable)"),
    ];
}
