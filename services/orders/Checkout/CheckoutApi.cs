using K8sShop.Contracts.Ordering;
using K8sShop.Orders.Customers;
using K8sShop.Orders.Data;
using K8sShop.Orders.Ordering;
using K8sShop.Orders.Tracking;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Checkout;

/// <summary>
/// <c>POST /api/orders</c>: the start of the checkout saga. The order and its <see cref="OrderSubmitted"/>
/// are saved in one transaction. The Idempotency-Key makes a retried request return the same order.
/// </summary>
public static class CheckoutApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapCheckout(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("", Submit)
            .WithTags("Checkout")
            .WithSummary("Places an order; answers 202 with its location while stock, pricing and payment follow.")
            .RequireAuthorization(ShopPolicies.Customer);
        return api;
    }

    private static async Task<Results<Accepted<OrderSummary>, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> Submit(
        SubmitOrderRequest request,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        HttpContext http,
        OrdersDbContext db,
        AddressBook addressBook,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Caller.Id(http) is not { } customer)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > Order.MaxIdempotencyKeyLength || !idempotencyKey.All(c => c is > ' ' and <= '~'))
        {
            return OrderProblems.KeyRequired($"Send a unique {IdempotencyKeyHeader} header (1 to {Order.MaxIdempotencyKeyLength} visible ASCII characters) with every new order.");
        }

        var errors = SubmitOrderValidation.Validate(request);
        if (errors.Count > 0)
        {
            return OrderProblems.Invalid(errors);
        }

        var fingerprint = RequestFingerprint.Of(request);
        if (await ReplayAsync(db, customer, idempotencyKey, fingerprint, cancellationToken) is { } replay)
        {
            return replay;
        }

        var shipping = await AddressAsync(addressBook, customer, request.ShippingAddress, request.ShippingAddressId, cancellationToken);
        var billing = request.BillingAddressId is { } same && same == request.ShippingAddressId
            ? shipping
            : await AddressAsync(addressBook, customer, request.BillingAddress, request.BillingAddressId, cancellationToken);
        if (shipping.Status == SavedAddressStatus.Unavailable || billing.Status == SavedAddressStatus.Unavailable)
        {
            return OrderProblems.AddressesUnreachable();
        }

        var unknown = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (shipping.Status == SavedAddressStatus.NotFound)
        {
            unknown["shippingAddressId"] = [$"You have no saved address {request.ShippingAddressId}."];
        }

        if (billing.Status == SavedAddressStatus.NotFound)
        {
            unknown["billingAddressId"] = [$"You have no saved address {request.BillingAddressId}."];
        }

        if (unknown.Count > 0)
        {
            return OrderProblems.UnknownAddresses(unknown);
        }

        var order = Place(request, customer, idempotencyKey, fingerprint, shipping.Address!, billing.Address!, clock.GetUtcNow());
        db.Orders.Add(order);
        db.Publish(new OrderSubmitted(order.Id, customer, order.Lines.Select(l => new OrderLine(l.ProductId, l.Quantity)).ToList(), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests with the same key raced: the unique index let one win; answer as the winner did.
            var winner = await ReplayAsync(db, customer, idempotencyKey, fingerprint, cancellationToken, fresh: true);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        return Accepted(order);
    }

    private static Order Place(
        SubmitOrderRequest request, Guid customer, string key, string fingerprint, PostalAddress shipping, PostalAddress billing, DateTimeOffset now) =>
        Order.Place(
            Guid.CreateVersion7(), customer, key, fingerprint,
            request.Lines!.Select(l => (l.ProductId!.Value, l.Quantity!.Value)),
            OrderAddress.From(shipping), OrderAddress.From(billing),
            (request.DiscountCodes ?? []).Select(c => c.Trim()),
            request.PaymentToken!.Trim(), now);

    /// <summary>The address typed in, or a snapshot of the customer's saved address the id names (validation made sure it is one or the other).</summary>
    private static async Task<SavedAddress> AddressAsync(AddressBook book, Guid customer, AddressInput? input, Guid? savedId, CancellationToken cancellationToken) =>
        savedId is { } id
            ? await book.FindAsync(customer, id, cancellationToken)
            : new SavedAddress(SavedAddressStatus.Found, new PostalAddress(input!.Name!, input.Line1!, input.Line2, input.PostalCode!, input.City!, input.Country!));

    /// <summary>The order already placed under this key: the same answer for the same body, 409 for another.</summary>
    private static async Task<Results<Accepted<OrderSummary>, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>?> ReplayAsync(
        OrdersDbContext db, Guid customer, string key, string fingerprint, CancellationToken cancellationToken, bool fresh = false)
    {
        if (fresh)
        {
            db.ChangeTracker.Clear();
        }

        var known = await db.Orders.AsNoTracking().IgnoreAutoIncludes().FirstOrDefaultAsync(o => o.CustomerId == customer && o.IdempotencyKey == key, cancellationToken);
        if (known is null)
        {
            return null;
        }

        return known.RequestHash == fingerprint ? Accepted(known) : OrderProblems.KeyReused();
    }

    private static Accepted<OrderSummary> Accepted(Order order) =>
        TypedResults.Accepted($"/api/orders/{order.Id}", OrderSummary.Of(order));
}
