using K8sShop.Discounts.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Discounts;

/// <summary>Registers the discounts service; called by its own Program and by the one-process host.</summary>
public static class DiscountsService
{
    public const string Name = "discounts";

    public static WebApplicationBuilder AddDiscounts(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DiscountsDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
