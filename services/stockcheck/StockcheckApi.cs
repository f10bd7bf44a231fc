using K8sShop.ServiceDefaults.Api;

namespace K8sShop.Stockcheck;

/// <summary>The stockcheck service's HTTP endpoints, all under <c>/api/stockcheck</c>.</summary>
public static class StockcheckApi
{
    public static IEndpointRouteBuilder MapStockcheck(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(StockcheckService.Name);
        return app;
    }
}
