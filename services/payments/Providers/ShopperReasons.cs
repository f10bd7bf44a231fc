namespace K8sShop.Payments.Providers;

/// <summary>Failure reasons as the shopper reads them on the order page, the same whichever provider said no.</summary>
public static class ShopperReasons
{
    public const string Declined = "Your card was declined.";
    public const string InsufficientFunds = "Insufficient funds.";
    public const string ExpiredCard = "Your card has expired.";
    public const string IncorrectDetails = "Your card details are incorrect.";
    public const string NeedsAuthentication = "Your bank asked for extra verification, which this checkout cannot do. Please use another card.";
    public const string PayPalDeclined = "PayPal declined the payment. Please choose another payment method in PayPal.";
    public const string UnknownToken = "This payment method is not accepted.";
    public const string CardNumberRefused = "Card numbers are not accepted here; please pay through the payment form.";
    public const string ProviderUnavailable = "The payment could not be processed right now. Please try again in a few minutes.";
    public const string DeadlinePassed = "payment deadline passed";
    public const string NotPayable = "The order total cannot be paid.";
    public const string OrderCancelled = "The order was cancelled before it was paid.";
    public const string NothingToRefund = "There is no captured payment for this order to refund.";
    public const string RefundTooLarge = "The refund is larger than what is left of the payment.";
    public const string RefundRefused = "The payment provider refused the refund.";
}
