using System.Net;
using System.Net.Http.Headers;

namespace K8sShop.Chat.Orders;

/// <summary>
/// Asks the orders service whether an order is the caller's, with the caller's own access token on the
/// customer's order endpoint (<c>GET /api/orders/{id}</c>): orders filters by the token's subject, so the
/// answer is exactly what the customer may see, and chat needs no rights of its own there.
/// </summary>
public sealed partial class CustomerOrders(HttpClient http, ILogger<CustomerOrders> logger)
{
    public const string Name = "orders";

    public async Task<OrderOwnership> OwnershipAsync(Guid orderId, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/orders/{orderId}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => OrderOwnership.Owned,
                HttpStatusCode.NotFound or HttpStatusCode.Forbidden => OrderOwnership.NotOwned,
                _ => Unknown(orderId, response.StatusCode),
            };
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex, orderId);
            return OrderOwnership.Unknown;
        }
    }

    private OrderOwnership Unknown(Guid orderId, HttpStatusCode status)
    {
        LogUnexpected(logger, orderId, (int)status);
        return OrderOwnership.Unknown;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orders could not be reached to check order {OrderId}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orders answered {Status} when checking order {OrderId}")]
    private static partial void LogUnexpected(ILogger logger, Guid orderId, int status);
}
