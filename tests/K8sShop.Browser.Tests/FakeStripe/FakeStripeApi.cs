using System.Collections.Concurrent;
using System.Globalization;
using K8sShop.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace K8sShop.Browser.Tests.FakeStripe;

/// <summary>
/// A fake of Stripe's API in the test process (api.stripe.com cannot be reached from here), which payments talks to
/// through <c>Payments:Stripe:ApiBase</c>. It answers <c>POST /v1/payment_intents</c> as Stripe does for a
/// create-and-confirm: the PaymentIntent, succeeded; a 402 card_error for the declining test card's PaymentMethod;
/// a 400 invalid_request_error for a request Stripe would refuse (no secret key, no pm_ id, no amount, no
/// Idempotency-Key). The same Idempotency-Key gets the same answer again, as at Stripe.
/// </summary>
public sealed class FakeStripeApi : IAsyncDisposable
{
    /// <summary>The last four digits of the card whose PaymentMethod this API declines (Stripe's 4000 0000 0000 0002).</summary>
    public const string DecliningCardLast4 = "0002";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeStripeCharge> _byKey = new();

    private FakeStripeApi(WebApplication app, Uri baseAddress, string secretKey)
    {
        _app = app;
        BaseAddress = baseAddress;
        SecretKey = secretKey;
        app.MapPost("/v1/payment_intents", CreatePaymentIntentAsync);
    }

    public Uri BaseAddress { get; }

    public string SecretKey { get; }

    /// <summary>Every PaymentIntent created, in order (a replayed Idempotency-Key is not counted again).</summary>
    public ConcurrentQueue<FakeStripeCharge> Charges { get; } = new();

    /// <summary>Why each refused request was refused: none is expected from the shop.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    public static async Task<FakeStripeApi> StartAsync()
    {
        var port = ShopProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var api = new FakeStripeApi(builder.Build(), new Uri($"http://127.0.0.1:{port}"), $"sk_test_fake_{Guid.NewGuid():N}");
        await api._app.StartAsync();
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> CreatePaymentIntentAsync(HttpRequest request)
    {
        if (request.Headers.Authorization != $"Bearer {SecretKey}")
        {
            return Refuse(401, "invalid_request_error", null, "Invalid API Key provided.");
        }

        var form = await request.ReadFormAsync();
        var key = request.Headers["Idempotency-Key"].ToString();
        var paymentMethod = form["payment_method"].ToString();
        if (key.Length == 0)
        {
            return Refuse(400, "invalid_request_error", "idempotency_key_missing", "The shop sends every charge under an Idempotency-Key.");
        }

        if (!paymentMethod.StartsWith("pm_", StringComparison.Ordinal))
        {
            return Refuse(400, "invalid_request_error", "resource_missing", $"No such PaymentMethod: '{paymentMethod}'");
        }

        if (!long.TryParse(form["amount"], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1 || form["confirm"] != "true")
        {
            return Refuse(400, "invalid_request_error", "parameter_invalid_integer", "Invalid amount, or the PaymentIntent is not confirmed.");
        }

        var charge = _byKey.GetOrAdd(key, _ =>
        {
            var created = new FakeStripeCharge(key, paymentMethod, amount, form["currency"].ToString(), form["metadata[order_id]"].ToString(), paymentMethod.StartsWith($"pm_fake_{DecliningCardLast4}_", StringComparison.Ordinal));
            Charges.Enqueue(created);
            return created;
        });
        return charge.Declined
            ? Results.Content(CardError(), "application/json", statusCode: 402)
            : Results.Content(PaymentIntent(charge), "application/json");
    }

    private IResult Refuse(int status, string type, string? code, string message)
    {
        Refusals.Enqueue($"{status} {code ?? type}: {message}");
        return Results.Json(new { error = new { type, code, message } }, statusCode: status);
    }

    private static string PaymentIntent(FakeStripeCharge charge) => $$"""
        {
          "id": "pi_fake_{{charge.IdempotencyKey.Replace("-", "", StringComparison.Ordinal)}}",
          "object": "payment_intent",
          "amount": {{charge.Amount}},
          "amount_received": {{charge.Amount}},
          "capture_method": "automatic",
          "confirmation_method": "automatic",
          "currency": "{{charge.Currency}}",
          "last_payment_error": null,
          "livemode": false,
          "metadata": { "order_id": "{{charge.OrderId}}" },
          "payment_method": "{{charge.PaymentMethod}}",
          "payment_method_types": ["card"],
          "status": "succeeded"
        }
        """;

    private static string CardError() => """
        {
          "error": {
            "code": "card_declined",
            "decline_code": "generic_decline",
            "message": "Your card was declined.",
            "type": "card_error"
          }
        }
        """;
}
