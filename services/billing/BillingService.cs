using K8sShop.Billing.Data;
using K8sShop.Billing.Discounts;
using K8sShop.Billing.Inventory;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Orders;
using K8sShop.Billing.Pricing;
using K8sShop.Billing.Quotes;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;

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
        builder.Services.AddScoped<CurrentPricing>();

        // Inventory's lookup and discounts' reservations are Service-only endpoints: billing calls them with its own token.
        builder.Services.AddHttpClient(InventoryClient.Name, client => client.BaseAddress = new Uri("http://inventory")).AddServiceAccessToken(Name);
        builder.Services.AddHttpClient(DiscountsClient.Name, client => client.BaseAddress = new Uri("http://discounts")).AddServiceAccessToken(Name);
        builder.Services.AddScoped<InventoryClient>();
        builder.Services.AddScoped<DiscountsClient>();
        builder.Services.AddScoped<CartQuoter>();

        builder.AddMessageConsumer<PriceOrderConsumer>();
        builder.AddMessageConsumer<OrderPaidConsumer>();
        builder.AddMessageConsumer<PaymentRefundedConsumer>();

        // After the database migrator (registered by AddServiceDatabase), so the table exists.
        builder.Services.AddHostedService<TaxRateSeeder>();
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
