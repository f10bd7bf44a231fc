using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Billing.Quotes;

/// <summary>
/// <c>POST /api/billing/quote</c>: the cart page's price, before sign-in too. It reserves and writes
/// nothing, so a shopper (or a rate limiter in front) may call it as often as the cart changes.
/// </summary>
public static partial class QuoteApi
{
    public static RouteGroupBuilder MapQuotes(this RouteGroupBuilder billing)
    {
        ArgumentNullException.ThrowIfNull(billing);
        billing.MapPost("/quote", QuoteAsync)
            .WithName("billing-quote")
            .WithTags("Quotes")
            .WithSummary("Subtotal, discounts, shipping, VAT per rate and total of a cart, with the refused discount codes and why.")
            .AllowAnonymous();
        return billing;
    }

    private static async Task<Results<Ok<Quote>, ValidationProblem, ProblemHttpResult>> QuoteAsync(
        QuoteRequest request, CartQuoter quoter, HttpContext http, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        var errors = QuoteLimits.Check(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var outcome = await quoter.QuoteAsync(request, CustomerOf(http), cancellationToken);
            if (outcome.Quote is { } quote)
            {
                return TypedResults.Ok(quote);
            }

            return TypedResults.Problem(new HttpValidationProblemDetails(outcome.Errors)
            {
                Status = outcome.Status,
                Type = ProblemTypes.ForStatus(outcome.Status),
                Title = "The cart cannot be priced.",
            });
        }
        catch (HttpRequestException ex)
        {
            LogNeighbourDown(logs.CreateLogger(typeof(QuoteApi)), ex.StatusCode is { } status ? (int)status : 0, ex);
            return TypedResults.Problem(
                "Prices cannot be computed right now; please try again in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Pricing is unavailable.",
                type: ProblemTypes.ForStatus(StatusCodes.Status503ServiceUnavailable));
        }
    }

    /// <summary>A signed-in customer gets their own promotions and usage limits; anyone else quotes as a guest.</summary>
    private static Guid? CustomerOf(HttpContext http) =>
        http.User.IsInRole(ShopRoles.Customer) && Guid.TryParse(http.User.FindFirst(ShopClaims.Subject)?.Value, out var id) ? id : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A quote failed: inventory or discounts answered {Status}")]
    private static partial void LogNeighbourDown(ILogger logger, int status, Exception exception);
}
