using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Quotes;
using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Billing;

/// <summary>The billing service's HTTP endpoints, all under <c>/api/billing</c>.</summary>
public static class BillingApi
{
    public static IEndpointRouteBuilder MapBilling(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(BillingService.Name)
            .MapQuotes()
            .MapInvoices();
        return app;
    }
}
