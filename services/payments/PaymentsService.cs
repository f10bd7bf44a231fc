using K8sShop.Payments.Charging;
using K8sShop.Payments.Configuration;
using K8sShop.Payments.Data;
using K8sShop.Payments.Providers;
using K8sShop.Payments.Providers.PayPal;
using K8sShop.Payments.Providers.Stripe;
using K8sShop.Payments.Providers.Test;
using K8sShop.Payments.Refunds;
using K8sShop.Payments.Webhooks;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace K8sShop.Payments;

/// <summary>Registers the payments service; called by its own Program and by the one-process host.</summary>
public static class PaymentsService
{
    public const string Name = "payments";

    public static WebApplicationBuilder AddPayments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<PaymentsDbContext>(Name);
        builder.AddServiceApiDocument(Name);

        var options = builder.Configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        var config = PaymentsConfig.From(options);
        builder.Services.AddSingleton(config);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(options.Stripe);
        builder.Services.AddSingleton(options.PayPal);
        builder.Services.AddHostedService<TestProviderNotice>();
        builder.AddPaymentProvider(config.Provider);

        builder.Services.AddScoped<ProviderAttempts>();
        builder.Services.AddScoped<PaymentOutcomes>();
        builder.Services.AddScoped<PaymentCharger>();
        builder.Services.AddScoped<PaymentRefunder>();
        builder.Services.AddSingleton<StripeSignature>();
        builder.Services.AddScoped<StripeWebhooks>();
        builder.AddMessageConsumer<ChargePaymentConsumer>();
        builder.AddMessageConsumer<RefundPaymentConsumer>();
        builder.AddMessageConsumer<OrderCancelledConsumer>();
        return builder;
    }

    // Provider calls go through the shared standard resilience handler, which never resends a POST
    // (ServiceDefaults' IdempotentRetries): ProviderAttempts alone retries charges and refunds, bounded,
    // recorded and under the same idempotency key.
    private static void AddPaymentProvider(this WebApplicationBuilder builder, string provider)
    {
        switch (provider)
        {
            case ProviderNames.Stripe:
                builder.Services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
                break;
            case ProviderNames.PayPal:
                builder.Services.AddSingleton<PayPalAccessToken>();
                builder.Services.AddSingleton<IPaymentProvider, PayPalPaymentProvider>();
                break;
            default:
                builder.Services.AddSingleton<IPaymentProvider, TestPaymentProvider>();
                break;
        }
    }
}
