using K8sShop.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Inventory.Stock;

/// <summary>The stock API's ProblemDetails, each with a stable type.</summary>
public static class StockProblems
{
    public const string InsufficientStock = ProblemTypes.Base + "insufficient-stock";
    public const string ReservationConflict = ProblemTypes.Base + "reservation-conflict";

    public static ProblemHttpResult For(ReservationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            StockOutcome.NotFound => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status404NotFound, title: "No such reservation."),
            StockOutcome.Insufficient => TypedResults.Problem(
                result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Insufficient stock.", type: InsufficientStock,
                extensions: new Dictionary<string, object?> { ["lines"] = result.Shortfalls }),
            _ => TypedResults.Problem(
                result.Detail, statusCode: StatusCodes.Status409Conflict, title: "The reservation is in another state.", type: ReservationConflict,
                extensions: new Dictionary<string, object?> { ["reservationStatus"] = result.Reservation?.Status.ToString() }),
        };
    }
}
