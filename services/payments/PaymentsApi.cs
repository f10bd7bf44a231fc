using System.Security.Claims;
using K8sShop.Payments.Api;
using K8sShop.Payments.Configuration;
using K8sShop.Payments.Data;
using K8sShop.Payments.Webhooks;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Payments;

/// <summary>The payments service's HTTP endpoints, all under <c>/api/payments</c>.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        var payments = app.MapServiceApi(PaymentsService.Name).WithTags("Payments");
        payments.MapGet("/config", GetConfig).WithName("payments-config")
            .WithSummary("The active provider and, for Stripe, the publishable key; for the web app's payment step.")
            .AllowAnonymous();
        payments.MapGet("/orders/{orderId:guid}", GetPaymentAsync).WithName("payments-order")
            .WithSummary("An order's payment, refund and provider calls, for support.")
            .RequireAuthorization(ShopPolicies.Support);
        payments.MapGet("/my/orders/{orderId:guid}", GetMyPaymentAsync).WithName("payments-my-order")
            .WithSummary("The signed-in shopper's payment status for one of their orders.")
            .RequireAuthorization(ShopPolicies.Customer);
        payments.MapStripeWebhook();
        return app;
    }

    private static Ok<PaymentsConfigView> GetConfig(PaymentsConfig config) => TypedResults.Ok(config.View);

    private static async Task<Results<Ok<PaymentView>, ProblemHttpResult>> GetPaymentAsync(Guid orderId, PaymentsDbContext db, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == orderId, cancellationToken);
        if (payment is null)
        {
            return NoPayment(orderId);
        }

        var refund = await db.Refunds.AsNoTracking().Where(r => r.PaymentId == payment.Id)
            .Select(r => new RefundView(r.Id, r.Status, r.AmountMinor, r.Currency, r.Reason, r.FailureReason, r.CreatedAtUtc, r.SettledAtUtc))
            .SingleOrDefaultAsync(cancellationToken);
        var calls = await db.ProviderCalls.AsNoTracking().Where(c => c.OrderId == orderId).OrderBy(c => c.Id)
            .Select(c => new ProviderCallView(c.Operation, c.Attempt, c.IdempotencyKey, c.Outcome, c.ProviderCode, c.ProviderRequestId, c.DurationMs, c.StartedAtUtc))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PaymentView(
            payment.Id, payment.OrderId, payment.CustomerId, payment.Provider, payment.Status, payment.AmountMinor, payment.Currency,
            payment.ProviderReference, payment.FailureReason, payment.CreatedAtUtc, payment.SettledAtUtc, refund, calls));
    }

    private static async Task<Results<Ok<PaymentStatusView>, ProblemHttpResult>> GetMyPaymentAsync(
        Guid orderId, ClaimsPrincipal user, PaymentsDbContext db, CancellationToken cancellationToken)
    {
        var payment = Guid.TryParse(user.FindFirstValue(ShopClaims.Subject), out var customerId)
            ? await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == orderId && p.CustomerId == customerId, cancellationToken)
            : null;

        // Another shopper's order answers exactly like a missing one, so order ids cannot be probed.
        return payment is null
            ? NoPayment(orderId)
            : TypedResults.Ok(new PaymentStatusView(
                payment.OrderId, payment.Status, payment.AmountMinor, payment.Currency, payment.FailureReason, payment.Status == Payments.PaymentStatus.Refunded));
    }

    private static ProblemHttpResult NoPayment(Guid orderId) =>
        TypedResults.Problem($"No payment for order {orderId}.", statusCode: StatusCodes.Status404NotFound);
}
