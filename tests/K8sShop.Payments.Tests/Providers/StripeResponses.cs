namespace K8sShop.Payments.Tests.Providers;

/// <summary>Stripe's answers, shaped as in Stripe's API reference (PaymentIntent, Refund, error objects).</summary>
public static class StripeResponses
{
    public static string PaymentIntent(string id, Guid orderId, long amount, string status, string? lastErrorCode = null, string? declineCode = null) => $$"""
        {
          "id": "{{id}}",
          "object": "payment_intent",
          "amount": {{amount}},
          "amount_capturable": 0,
          "amount_received": {{(status == "succeeded" ? amount : 0)}},
          "capture_method": "automatic",
          "client_secret": "{{id}}_secret_YrKJUKribcBjcG8HVhfZluoGH",
          "confirmation_method": "automatic",
          "created": 1680800504,
          "currency": "eur",
          "last_payment_error": {{(lastErrorCode is null ? "null" : $$"""{"code": "{{lastErrorCode}}", "decline_code": {{(declineCode is null ? "null" : $"\"{declineCode}\"")}}, "message": "Your card was declined.", "type": "card_error"}""")}},
          "latest_charge": "ch_3MtwBwLkdIwHu7ix2Ce5Xbf1",
          "livemode": false,
          "metadata": { "order_id": "{{orderId}}" },
          "payment_method": "pm_1MtwBvLkdIwHu7ixQ8G0GDCa",
          "payment_method_types": ["card"],
          "status": "{{status}}"
        }
        """;

    public static string CardError(string code, string? declineCode) => $$"""
        {
          "error": {
            "charge": "ch_3MtwBwLkdIwHu7ix2Ce5Xbf1",
            "code": "{{code}}",
            "decline_code": {{(declineCode is null ? "null" : $"\"{declineCode}\"")}},
            "doc_url": "https://stripe.com/docs/error-codes/{{code.Replace('_', '-')}}",
            "message": "Your card was declined.",
            "request_log_url": "https://dashboard.stripe.com/test/logs/req_xyz?t=1680800504",
            "type": "card_error"
          }
        }
        """;

    public const string ApiError = """
        { "error": { "message": "An unknown error occurred", "type": "api_error" } }
        """;

    public static string Refund(string id, string paymentIntent, long amount, string status) => $$"""
        {
          "id": "{{id}}",
          "object": "refund",
          "amount": {{amount}},
          "balance_transaction": "txn_1Nispe2eZvKYlo2CYezqFhEx",
          "charge": "ch_3MtwBwLkdIwHu7ix2Ce5Xbf1",
          "created": 1692942318,
          "currency": "eur",
          "metadata": {},
          "payment_intent": "{{paymentIntent}}",
          "reason": null,
          "receipt_number": null,
          "source_transfer_reversal": null,
          "status": "{{status}}",
          "transfer_reversal": null
        }
        """;
}
