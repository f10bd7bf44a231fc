using K8sShop.Payments.Providers.PayPal;
using K8sShop.Payments.Providers.Stripe;

namespace K8sShop.Payments.Configuration;

/// <summary>Configuration section <c>Payments</c>. Secrets come only from here (environment variables, Kubernetes secrets).</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary><c>test</c> (default), <c>stripe</c> or <c>paypal</c>.</summary>
    public string Provider { get; set; } = ProviderNames.Test;

    /// <summary>How many times one charge or refund is tried while the provider answers with a transient error.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the second try; doubled before each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public StripeSettings Stripe { get; set; } = new();

    public PayPalSettings PayPal { get; set; } = new();
}
