using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Contracts.Ordering;
using Polly;

namespace K8sShop.Orders.Customers;

/// <summary>
/// Customers' saved addresses, read from the users service's REST API
/// (<c>GET /api/users/customers/{customerId}/addresses/{addressId}</c>) over orders' named client (base address
/// <c>http://users</c>, orders' client-credentials token, the standard resilience handler). The users service
/// filters by customer, so an address of another account answers as an unknown one. Any failure to ask is
/// <see cref="SavedAddressStatus.Unavailable"/>, never an exception, so checkout can answer a clear problem.
/// </summary>
public sealed partial class AddressBook(IHttpClientFactory clients, ILogger<AddressBook> logger)
{
    public const string Name = "orders-users";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SavedAddress> FindAsync(Guid customerId, Guid addressId, CancellationToken cancellationToken)
    {
        try
        {
            var client = clients.CreateClient(Name);
            using var response = await client.GetAsync(new Uri($"/api/users/customers/{customerId}/addresses/{addressId}", UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return SavedAddress.NotFound;
            }

            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode, addressId);
                return SavedAddress.Unavailable;
            }

            var body = await response.Content.ReadFromJsonAsync<AddressAnswer>(Json, cancellationToken);
            return body is { Name: not null, Line1: not null, PostalCode: not null, City: not null, Country: not null }
                ? new SavedAddress(SavedAddressStatus.Found, new PostalAddress(body.Name, body.Line1, body.Line2, body.PostalCode, body.City, body.Country))
                : SavedAddress.Unavailable;
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException or JsonException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(logger, e.GetType().Name, addressId);
            return SavedAddress.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The users service answered {Status} to the lookup of address {AddressId}")]
    private static partial void LogRefused(ILogger logger, int status, Guid addressId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The users service could not be reached for address {AddressId}: {Failure}")]
    private static partial void LogUnreachable(ILogger logger, string failure, Guid addressId);

    private sealed record AddressAnswer(string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country);
}
