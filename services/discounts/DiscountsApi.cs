using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Discounts;

/// <summary>The discounts service's HTTP endpoints, all under <c>/api/discounts</c>.</summary>
public static class DiscountsApi
{
    public static IEndpointRouteBuilder MapDiscounts(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(DiscountsService.Name);
        return app;
    }
}
