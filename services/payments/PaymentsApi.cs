using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Payments;

/// <summary>The payments service's HTTP endpoints, all under <c>/api/payments</c>.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(PaymentsService.Name);
        return app;
    }
}
