using System.Net;
using System.Text;
using System.Text.Json;
using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.PayPal;
using K8sShop.Payments.Tests.Hosting;
using Xunit;

namespace K8sShop.Payments.Tests.Providers;

/// <summary>
/// PayPal through its REST API, against recorded PayPal responses (api-m.paypal.com cannot be reached from here):
/// OAuth client credentials, Orders v2 create and capture, capture refunds, each POST with its PayPal-Request-Id.
/// </summary>
public sealed class PayPalProviderTests : IDisposable
{
    private const string TokenPath = "/v1/oauth2/token";
    private const string OrdersPath = "/v2/checkout/orders";
    private const string PayPalOrder = "5O190127TN364715T";
    private const string Capture = "3C679366HH908993F";
    private readonly RecordedResponses _paypal = new();
    private readonly PayPalAccessToken _token;
    private readonly PayPalPaymentProvider _provider;

    public PayPalProviderTests()
    {
        var settings = new PayPalSettings { ClientId = "AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS", ClientSecret = "EGnHDxD_qRPdaLdZz8iCr8N7_MzF-YHPTkjs6NKYQvQSBngp4PTTVWkPZRbL", BaseUrl = new Uri("https://api-m.sandbox.paypal.com") };
        _token = new PayPalAccessToken(settings, TimeProvider.System);
        _provider = new PayPalPaymentProvider(new SingleClientFactory(_paypal), settings, _token);
    }

    [Fact]
    public async Task A_charge_creates_and_captures_an_order_with_request_ids_against_recorded_paypal_responses()
    {
        var order = Guid.NewGuid();
        _paypal.On(HttpMethod.Post, TokenPath, HttpStatusCode.OK, PayPalResponses.Token)
            .On(HttpMethod.Post, OrdersPath, HttpStatusCode.OK, PayPalResponses.ApprovedOrder(PayPalOrder), ("PayPal-Debug-Id", "f0a1b2c3"))
            .On(HttpMethod.Post, $"{OrdersPath}/{PayPalOrder}/capture", HttpStatusCode.Created, PayPalResponses.CompletedOrder(PayPalOrder, order, Capture, "20.00"), ("PayPal-Debug-Id", "d4e5f6"));

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "vault_8kt24fd5", order.ToString()), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Succeeded, Capture, "d4e5f6"), (result.Outcome, result.Reference, result.ProviderRequestId));
        var token = Assert.Single(_paypal.To(TokenPath));
        var basic = Encoding.UTF8.GetString(Convert.FromBase64String(token.Header("Authorization")!["Basic ".Length..]));
        Assert.Equal("AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS:EGnHDxD_qRPdaLdZz8iCr8N7_MzF-YHPTkjs6NKYQvQSBngp4PTTVWkPZRbL", basic);
        Assert.Equal("grant_type=client_credentials", token.Body);

        var created = Assert.Single(_paypal.To(OrdersPath));
        Assert.Equal(order.ToString(), created.Header("PayPal-Request-Id"));
        Assert.StartsWith("Bearer A21AAFEpH4PsADK7", created.Header("Authorization"), StringComparison.Ordinal);
        var body = JsonDocument.Parse(created.Body).RootElement;
        Assert.Equal("CAPTURE", body.GetProperty("intent").GetString());
        var unit = body.GetProperty("purchase_units")[0];
        Assert.Equal((order.ToString(), "EUR", "20.00"), (unit.GetProperty("custom_id").GetString(), unit.GetProperty("amount").GetProperty("currency_code").GetString(), unit.GetProperty("amount").GetProperty("value").GetString()));
        Assert.Equal("vault_8kt24fd5", body.GetProperty("payment_source").GetProperty("paypal").GetProperty("vault_id").GetString());

        var captured = Assert.Single(_paypal.To($"{OrdersPath}/{PayPalOrder}/capture"));
        Assert.Equal(order + "-capture", captured.Header("PayPal-Request-Id"));
    }

    [Fact]
    public async Task A_declined_instrument_is_a_readable_refusal_against_recorded_paypal_responses()
    {
        var order = Guid.NewGuid();
        _paypal.On(HttpMethod.Post, TokenPath, HttpStatusCode.OK, PayPalResponses.Token)
            .On(HttpMethod.Post, OrdersPath, HttpStatusCode.OK, PayPalResponses.ApprovedOrder(PayPalOrder))
            .On(HttpMethod.Post, $"{OrdersPath}/{PayPalOrder}/capture", HttpStatusCode.UnprocessableEntity, PayPalResponses.InstrumentDeclined, ("PayPal-Debug-Id", "90957fca61718"));

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "vault_declined", order.ToString()), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Refused, ShopperReasons.PayPalDeclined, "INSTRUMENT_DECLINED", "90957fca61718"),
            (result.Outcome, result.Reason, result.ProviderCode, result.ProviderRequestId));
    }

    [Fact]
    public async Task A_server_error_is_transient_and_the_token_is_reused_against_recorded_paypal_responses()
    {
        var order = Guid.NewGuid();
        _paypal.On(HttpMethod.Post, TokenPath, HttpStatusCode.OK, PayPalResponses.Token)
            .On(HttpMethod.Post, OrdersPath, HttpStatusCode.InternalServerError, PayPalResponses.InternalError)
            .On(HttpMethod.Post, OrdersPath, HttpStatusCode.OK, PayPalResponses.CompletedOrder(PayPalOrder, order, Capture, "20.00"));
        var charge = new ChargeRequest(order, 2_000, "EUR", "vault_8kt24fd5", order.ToString());

        var first = await _provider.ChargeAsync(charge, CancellationToken.None);
        var second = await _provider.ChargeAsync(charge, CancellationToken.None);

        Assert.Equal((ProviderOutcome.Transient, "INTERNAL_SERVER_ERROR"), (first.Outcome, first.ProviderCode));
        Assert.Equal((ProviderOutcome.Succeeded, Capture), (second.Outcome, second.Reference));
        Assert.Single(_paypal.To(TokenPath));
        Assert.All(_paypal.To(OrdersPath), r => Assert.Equal(order.ToString(), r.Header("PayPal-Request-Id")));
    }

    [Fact]
    public async Task A_token_refusal_is_transient_against_recorded_paypal_responses()
    {
        var order = Guid.NewGuid();
        _paypal.On(HttpMethod.Post, TokenPath, HttpStatusCode.ServiceUnavailable, PayPalResponses.InternalError);

        var result = await _provider.ChargeAsync(new ChargeRequest(order, 2_000, "EUR", "vault_8kt24fd5", order.ToString()), CancellationToken.None);

        Assert.Equal(ProviderOutcome.Transient, result.Outcome);
        Assert.Empty(_paypal.To(OrdersPath));
    }

    [Fact]
    public async Task A_refund_goes_against_the_capture_with_its_request_id_against_recorded_paypal_responses()
    {
        var order = Guid.NewGuid();
        _paypal.On(HttpMethod.Post, TokenPath, HttpStatusCode.OK, PayPalResponses.Token)
            .On(HttpMethod.Post, $"/v2/payments/captures/{Capture}/refund", HttpStatusCode.Created, PayPalResponses.Refund("1JU08902781691411", "COMPLETED"));

        var result = await _provider.RefundAsync(new RefundRequest(order, Capture, 1_050, "EUR", "refund-" + order), CancellationToken.None);

        Assert.Equal((ProviderOutcome.Succeeded, "1JU08902781691411"), (result.Outcome, result.Reference));
        var sent = Assert.Single(_paypal.To($"/v2/payments/captures/{Capture}/refund"));
        Assert.Equal("refund-" + order, sent.Header("PayPal-Request-Id"));
        var amount = JsonDocument.Parse(sent.Body).RootElement.GetProperty("amount");
        Assert.Equal(("10.50", "EUR"), (amount.GetProperty("value").GetString(), amount.GetProperty("currency_code").GetString()));
    }

    [Theory]
    [InlineData(2_000, "EUR", "20.00")]
    [InlineData(5, "USD", "0.05")]
    [InlineData(1_500, "JPY", "1500")]
    public void Minor_units_become_PayPal_amounts(long minor, string currency, string value) =>
        Assert.Equal(value, PayPalAmount.Format(minor, currency));

    public void Dispose()
    {
        _token.Dispose();
        _paypal.Dispose();
    }
}
