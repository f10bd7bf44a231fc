namespace K8sShop.Payments.Tests.Providers;

/// <summary>PayPal's answers, shaped as in PayPal's REST API reference (OAuth token, Orders v2, captures, errors).</summary>
public static class PayPalResponses
{
    public const string Token = """
        {
          "scope": "https://uri.paypal.com/services/invoicing https://uri.paypal.com/services/payments/payment/authcapture",
          "access_token": "A21AAFEpH4PsADK7qSS7pSRsgzfENtu-Q1ysgEDVDESseMHBYXVJYE8ovjj68elIDy8nF26AwPhfXTIeWAZHSLIsQkSYz9ifg",
          "token_type": "Bearer",
          "app_id": "APP-80W284485P519543T",
          "expires_in": 31668,
          "nonce": "2020-04-03T15:35:36ZaYZlGvEkV4yVSz8g6bAKFoGSEzuy3CQcz3ljhibkOHg"
        }
        """;

    public static string ApprovedOrder(string id) => $$"""
        {
          "id": "{{id}}",
          "status": "APPROVED",
          "payment_source": { "paypal": { "email_address": "customer@example.com", "account_id": "QYR5Z8XDVJNXQ" } },
          "links": [
            { "href": "https://api-m.paypal.com/v2/checkout/orders/{{id}}", "rel": "self", "method": "GET" },
            { "href": "https://api-m.paypal.com/v2/checkout/orders/{{id}}/capture", "rel": "capture", "method": "POST" }
          ]
        }
        """;

    public static string CompletedOrder(string id, Guid orderId, string captureId, string value, string captureStatus = "COMPLETED") => $$"""
        {
          "id": "{{id}}",
          "status": "COMPLETED",
          "payment_source": { "paypal": { "email_address": "customer@example.com", "account_id": "QYR5Z8XDVJNXQ" } },
          "purchase_units": [
            {
              "reference_id": "{{orderId}}",
              "payments": {
                "captures": [
                  {
                    "id": "{{captureId}}",
                    "status": "{{captureStatus}}",
                    "amount": { "currency_code": "EUR", "value": "{{value}}" },
                    "seller_protection": { "status": "ELIGIBLE", "dispute_categories": ["ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION"] },
                    "final_capture": true,
                    "create_time": "2022-01-01T21:20:49Z",
                    "update_time": "2022-01-01T21:20:49Z"
                  }
                ]
              }
            }
          ],
          "payer": { "name": { "given_name": "John", "surname": "Doe" }, "email_address": "customer@example.com", "payer_id": "QYR5Z8XDVJNXQ" },
          "links": [ { "href": "https://api-m.paypal.com/v2/checkout/orders/{{id}}", "rel": "self", "method": "GET" } ]
        }
        """;

    public const string InstrumentDeclined = """
        {
          "name": "UNPROCESSABLE_ENTITY",
          "details": [
            {
              "issue": "INSTRUMENT_DECLINED",
              "description": "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment."
            }
          ],
          "message": "The requested action could not be performed, semantically incorrect, or failed business validation.",
          "debug_id": "90957fca61718",
          "links": [ { "href": "https://developer.paypal.com/docs/api/orders/v2/#error-INSTRUMENT_DECLINED", "rel": "information_link", "method": "GET" } ]
        }
        """;

    public const string InternalError = """
        { "name": "INTERNAL_SERVER_ERROR", "message": "An internal server error occurred.", "debug_id": "b0f1a1b2c3d4e" }
        """;

    public static string Refund(string id, string status) => $$"""
        {
          "id": "{{id}}",
          "status": "{{status}}",
          "links": [
            { "href": "https://api-m.paypal.com/v2/payments/refunds/{{id}}", "rel": "self", "method": "GET" },
            { "href": "https://api-m.paypal.com/v2/payments/captures/2GG279541U471931P", "rel": "up", "method": "GET" }
          ]
        }
        """;
}
