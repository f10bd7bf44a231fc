using K8sShop.Stockcheck.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Stockcheck;

/// <summary>Registers the stockcheck service; called by its own Program and by the one-process host.</summary>
public static class StockcheckService
{
    public const string Name = "stockcheck";

    public static WebApplicationBuilder AddStockcheck(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<StockcheckDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
