using K8sShop.Discounts.Data;
using K8sShop.Discounts.Evaluation;
using K8sShop.Discounts.Seeding;
using K8sShop.Discounts.Usage;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Discounts;

/// <summary>Registers the discounts service; called by its own Program and by the one-process host.</summary>
public static class DiscountsService
{
    public const string Name = "discounts";

    public static WebApplicationBuilder AddDiscounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<DiscountsDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        builder.AddEvaluationPolicy();
        builder.Services.AddScoped<DiscountEvaluator>();
        builder.Services.AddScoped<UsageLedger>();
        builder.AddMessageConsumer<OrderPaidConsumer>();
        builder.AddMessageConsumer<PaymentFailedConsumer>();
        builder.AddMessageConsumer<ReservationExpiredConsumer>();
        builder.AddMessageConsumer<OrderPricingFailedConsumer>();
        builder.AddMessageConsumer<OrderCancelledConsumer>();
        builder.Services.AddHostedService<DiscountSeeder>(); // after AddServiceDatabase: runs once the schema is migrated
        return builder;
    }
}
