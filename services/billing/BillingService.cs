using K8sShop.Billing.Data;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Pricing;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Billing;

/// <summary>Registers the billing service; called by its own Program and by the one-process host.</summary>
public static class BillingService
{
    public const string Name = "billing";

    public static WebApplicationBuilder AddBilling(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BillingDbContext>(Name);
        builder.Services.AddScoped<InvoiceIssuer>();
        builder.Services.Configure<TaxRateOptions>(builder.Configuration.GetSection("Billing"));
        builder.Services.Configure<ShippingPolicy>(builder.Configuration.GetSection("Billing:Shipping"));
        builder.Services.AddScoped<TaxRateReader>();

        // After the database migrator (registered by AddServiceDatabase), so the table exists.
        builder.Services.AddHostedService<TaxRateSeeder>();
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
