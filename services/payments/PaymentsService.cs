using K8sShop.Payments.Data;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Data;

namespace K8sShop.Payments;

/// <summary>Registers the payments service; called by its own Program and by the one-process host.</summary>
public static class PaymentsService
{
    public const string Name = "payments";

    public static WebApplicationBuilder AddPayments(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PaymentsDbContext>(Name);
        builder.AddServiceApiDocument(Name);
        return builder;
    }
}
