using K8sShop.Discounts.Admin;
using K8sShop.Discounts.Evaluation;
using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Discounts;

/// <summary>The discounts service's HTTP endpoints, all under <c>/api/discounts</c>.</summary>
public static class DiscountsApi
{
    public static IEndpointRouteBuilder MapDiscounts(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(DiscountsService.Name)
            .MapEvaluation()
            .MapDiscountAdmin();
        return app;
    }
}
