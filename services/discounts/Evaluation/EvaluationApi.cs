using System.Security.Claims;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Discounts.Evaluation;

/// <summary><c>/api/discounts/evaluate</c> and <c>/api/discounts/reservations</c>: what an order gets, and holding it for the order.</summary>
public static class EvaluationApi
{
    public static RouteGroupBuilder MapEvaluation(this RouteGroupBuilder discounts)
    {
        ArgumentNullException.ThrowIfNull(discounts);
        discounts.MapPost("/evaluate", EvaluateAsync)
            .WithName("discounts-evaluate").WithTags("Evaluation")
            .WithSummary("The discounts an order's lines and codes get, and why codes were refused. No side effects.")
            .RequireAuthorization(EvaluationPolicy.CustomerOrService);
        discounts.MapPost("/reservations", ReserveAsync)
            .WithName("discounts-reserve").WithTags("Evaluation")
            .WithSummary("Evaluates an order and holds one use of each limited discount it gets; repeated for the same order, answers the same.")
            .RequireAuthorization(ShopPolicies.Service);
        return discounts;
    }

    private static async Task<Results<Ok<EvaluationResult>, ValidationProblem>> EvaluateAsync(
        EvaluationRequest request, ClaimsPrincipal caller, DiscountEvaluator evaluator, CancellationToken cancellationToken)
    {
        var errors = EvaluationValidation.Check(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // A shopper evaluates for themselves: the token says who, whatever the body claims.
        var customerId = caller.IsInRole(ShopRoles.Service) ? request.CustomerId : SubjectOf(caller);
        return TypedResults.Ok(await evaluator.EvaluateAsync(EvaluationValidation.Normalized(request, customerId), cancellationToken));
    }

    private static async Task<Results<Ok<EvaluationResult>, ValidationProblem>> ReserveAsync(
        ReservationRequest request, K8sShop.Discounts.Usage.UsageLedger ledger, CancellationToken cancellationToken)
    {
        var errors = EvaluationValidation.Check(request.Evaluation);
        if (request.OrderId == Guid.Empty)
        {
            errors["orderId"] = ["The order id is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var normalized = EvaluationValidation.Normalized(request.Evaluation, request.CustomerId);
        return TypedResults.Ok(await ledger.ReserveAsync(request.OrderId, normalized, cancellationToken));
    }

    private static Guid? SubjectOf(ClaimsPrincipal caller) =>
        Guid.TryParse(caller.FindFirst(ShopClaims.Subject)?.Value, out var id) ? id : null;
}
