using K8sShop.Orders.Ordering;
using K8sShop.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Orders;

/// <summary>The orders API's ProblemDetails, each with a stable type clients may branch on.</summary>
public static class OrderProblems
{
    public const string TransitionNotAllowed = ProblemTypes.Base + "order-transition-not-allowed";
    public const string IdempotencyKeyRequired = ProblemTypes.Base + "idempotency-key-required";
    public const string IdempotencyKeyReused = ProblemTypes.Base + "idempotency-key-reused";
    public const string ConcurrentUpdate = ProblemTypes.Base + "order-concurrent-update";
    public const string Validation = ProblemTypes.Base + "validation";
    public const string RefundExceedsPayment = ProblemTypes.Base + "refund-exceeds-payment";
    public const string AddressNotFound = ProblemTypes.Base + "address-not-found";
    public const string AddressesUnavailable = ProblemTypes.Base + "addresses-unavailable";

    /// <summary>Every refused transition, whatever the endpoint, answers this way.</summary>
    public static ProblemHttpResult Refused(TransitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TypedResults.Problem(
            result.Error, statusCode: StatusCodes.Status409Conflict, title: "The order cannot make this change now.", type: TransitionNotAllowed,
            extensions: new Dictionary<string, object?> { ["orderStatus"] = result.From.ToString(), ["requestedStatus"] = result.To.ToString() });
    }

    public static ProblemHttpResult KeyRequired(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "An Idempotency-Key header is required.", type: IdempotencyKeyRequired);

    public static ProblemHttpResult KeyReused() =>
        TypedResults.Problem(
            "This Idempotency-Key was already used for a different order.", statusCode: StatusCodes.Status409Conflict,
            title: "The Idempotency-Key was reused.", type: IdempotencyKeyReused);

    public static ProblemHttpResult Concurrent() =>
        TypedResults.Problem(
            "The order changed while this request was handled; read it again and retry.", statusCode: StatusCodes.Status409Conflict,
            title: "The order changed meanwhile.", type: ConcurrentUpdate);

    /// <summary>A refund larger than what is left of the payment: nothing is asked of payments.</summary>
    public static ProblemHttpResult RefundTooLarge(long requestedMinor, long refundableMinor, string currency) =>
        TypedResults.Problem(
            $"{requestedMinor} {currency} (minor units) asked, {refundableMinor} left to refund.", statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The refund is larger than what is left of the payment.", type: RefundExceedsPayment,
            extensions: new Dictionary<string, object?> { ["refundableMinor"] = refundableMinor, ["currency"] = currency });

    /// <summary>An address id that is not one of the caller's saved addresses (unknown, or another customer's).</summary>
    public static ProblemHttpResult UnknownAddresses(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "No such saved address.",
            Type = AddressNotFound,
        });

    /// <summary>The users service could not be asked for the saved addresses; nothing was placed, the same request may be sent again.</summary>
    public static ProblemHttpResult AddressesUnreachable() =>
        TypedResults.Problem(
            "Saved addresses cannot be read right now. Try again in a moment, or type the address.", statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Saved addresses are unavailable.", type: AddressesUnavailable);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is invalid.", type: Validation);
}
