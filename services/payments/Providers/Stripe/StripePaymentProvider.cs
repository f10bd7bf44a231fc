using System.Net;
using Stripe;

namespace K8sShop.Payments.Providers.Stripe;

/// <summary>
/// Stripe through Stripe.net: one PaymentIntent per order, created and confirmed in one call (automatic capture)
/// under the order's idempotency key; refunds against that PaymentIntent. The token is a PaymentMethod id
/// (<c>pm_...</c>) that Stripe.js made in the browser, so card details never pass through the shop.
/// </summary>
public sealed class StripePaymentProvider(IHttpClientFactory httpClients, StripeSettings settings) : IPaymentProvider
{
    public const string ProviderName = "stripe";

    /// <summary>The named <see cref="HttpClient"/> Stripe.net sends through (tests give it a recorded-response handler).</summary>
    public const string HttpClientName = "stripe";

    public string Name => ProviderName;

    public async Task<ProviderResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new PaymentIntentCreateOptions
        {
            Amount = request.AmountMinor,
            Currency = request.Currency.ToLowerInvariant(),
            PaymentMethod = request.PaymentToken,
            Confirm = true,
            CaptureMethod = "automatic",
            // No redirects: the checkout has no page to come back to, so such methods are declined up front.
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
            Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString() },
        };
        try
        {
            var intent = await new PaymentIntentService(Client()).CreateAsync(options, Idempotent(request.IdempotencyKey), cancellationToken);
            var requestId = intent.StripeResponse?.RequestId;
            return intent.Status switch
            {
                "succeeded" => ProviderResult.Succeeded(intent.Id, requestId),
                "requires_action" => ProviderResult.Refused(ShopperReasons.NeedsAuthentication, "requires_action", requestId),
                "processing" => ProviderResult.Transient(ShopperReasons.ProviderUnavailable, "processing", requestId),
                _ => ProviderResult.Refused(
                    StripeDeclines.ReasonFor(intent.LastPaymentError?.Code, intent.LastPaymentError?.DeclineCode),
                    intent.LastPaymentError?.DeclineCode ?? intent.LastPaymentError?.Code ?? intent.Status,
                    requestId),
            };
        }
        catch (StripeException ex)
        {
            return FromError(ex);
        }
    }

    public async Task<ProviderResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new RefundCreateOptions
        {
            PaymentIntent = request.PaymentReference,
            Amount = request.AmountMinor,
            Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString() },
        };
        try
        {
            var refund = await new RefundService(Client()).CreateAsync(options, Idempotent(request.IdempotencyKey), cancellationToken);
            var requestId = refund.StripeResponse?.RequestId;
            return refund.Status is "succeeded" or "pending"
                ? ProviderResult.Succeeded(refund.Id, requestId)
                : ProviderResult.Refused(ShopperReasons.RefundRefused, refund.FailureReason ?? refund.Status, requestId);
        }
        catch (StripeException ex)
        {
            return FromError(ex) is { Outcome: ProviderOutcome.Refused } refused
                ? refused with { Reason = ShopperReasons.RefundRefused }
                : FromError(ex);
        }
    }

    private StripeClient Client() =>
        new(
            apiKey: settings.SecretKey,
            httpClient: new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 0),
            apiBase: string.IsNullOrWhiteSpace(settings.ApiBase) ? null : settings.ApiBase.TrimEnd('/'));

    private static RequestOptions Idempotent(string key) => new() { IdempotencyKey = key };

    private static ProviderResult FromError(StripeException ex)
    {
        var error = ex.StripeError;
        var requestId = ex.StripeResponse?.RequestId;
        var code = error?.DeclineCode ?? error?.Code ?? error?.Type;
        var status = (int)ex.HttpStatusCode;
        if (status is 0 or >= 500 || ex.HttpStatusCode == HttpStatusCode.TooManyRequests || error?.Code == "processing_error" || error?.Type == "api_error")
        {
            return ProviderResult.Transient(ShopperReasons.ProviderUnavailable, code ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), requestId);
        }

        if (error?.Type == "card_error")
        {
            return ProviderResult.Refused(StripeDeclines.ReasonFor(error.Code, error.DeclineCode), code, requestId);
        }

        // Authentication, permission or request errors: the shop's set-up is wrong, not the card; trying again will not help.
        return ProviderResult.Refused(ShopperReasons.ProviderUnavailable, code, requestId);
    }
}
