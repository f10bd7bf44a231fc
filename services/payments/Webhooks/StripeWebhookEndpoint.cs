using System.Text;
using K8sShop.Payments.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Payments.Webhooks;

/// <summary>
/// <c>POST /api/payments/webhooks/stripe</c>: anonymous (Stripe has no shop token) but only signed events count.
/// Bad or old signatures answer 400, as Stripe expects; a replayed event id answers 200 so Stripe stops sending it.
/// </summary>
public static class StripeWebhookEndpoint
{
    /// <summary>Stripe's events are a few kilobytes; anything much larger is not from Stripe.</summary>
    private const int MaxPayloadBytes = 256 * 1024;

    public static RouteGroupBuilder MapStripeWebhook(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/webhooks/stripe", ReceiveAsync).WithName("payments-stripe-webhook")
            .WithSummary("Stripe's webhook events, checked against the Stripe-Signature header; replays are ignored.")
            .AllowAnonymous();
        return group;
    }

    private static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, PaymentsConfig config, StripeSignature signature, StripeWebhooks webhooks, CancellationToken cancellationToken)
    {
        if (config.Provider != ProviderNames.Stripe)
        {
            return TypedResults.Problem("Stripe is not the active payment provider.", statusCode: StatusCodes.Status404NotFound);
        }

        if (request.ContentLength > MaxPayloadBytes)
        {
            return TypedResults.Problem("The payload is too large for a Stripe event.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var check = signature.Check(payload, request.Headers["Stripe-Signature"].ToString());
        if (check != SignatureCheck.Valid)
        {
            return TypedResults.Problem(check switch
            {
                SignatureCheck.OutsideTolerance => "The Stripe-Signature timestamp is outside the tolerance; the event is treated as a replay.",
                SignatureCheck.Missing => "The Stripe-Signature header is missing.",
                SignatureCheck.Malformed => "The Stripe-Signature header is malformed.",
                _ => "The Stripe-Signature header does not match the payload.",
            }, statusCode: StatusCodes.Status400BadRequest);
        }

        var stripeEvent = StripeEvent.Parse(payload);
        if (stripeEvent is null)
        {
            return TypedResults.Problem("The payload is not a Stripe event.", statusCode: StatusCodes.Status400BadRequest);
        }

        var first = await webhooks.ApplyAsync(stripeEvent, cancellationToken);
        return TypedResults.Ok(new WebhookReceipt(stripeEvent.Id, Duplicate: !first));
    }
}
