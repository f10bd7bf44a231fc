using K8sShop.Payments.Api;
using K8sShop.Payments.Providers.Test;

namespace K8sShop.Payments.Configuration;

/// <summary>The provider chosen at start-up, checked: the chosen provider has its secrets or the service does not start.</summary>
public sealed class PaymentsConfig
{
    private PaymentsConfig(string provider, PaymentsOptions options)
    {
        Provider = provider;
        Options = options;
        View = new PaymentsConfigView(
            provider,
            provider == ProviderNames.Stripe ? options.Stripe.PublishableKey : null,
            provider == ProviderNames.Test ? TestTokens.Choices : null);
    }

    public string Provider { get; }

    public PaymentsOptions Options { get; }

    public PaymentsConfigView View { get; }

    public static PaymentsConfig From(PaymentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = (options.Provider ?? ProviderNames.Test).Trim().ToLowerInvariant();
        var missing = provider switch
        {
            ProviderNames.Test => [],
            ProviderNames.Stripe => Missing(
                ("Payments:Stripe:SecretKey", options.Stripe.SecretKey),
                ("Payments:Stripe:PublishableKey", options.Stripe.PublishableKey),
                ("Payments:Stripe:WebhookSecret", options.Stripe.WebhookSecret)),
            ProviderNames.PayPal => Missing(
                ("Payments:PayPal:ClientId", options.PayPal.ClientId),
                ("Payments:PayPal:ClientSecret", options.PayPal.ClientSecret)),
            _ => throw new InvalidOperationException($"Payments:Provider '{options.Provider}' is none of test, stripe, paypal."),
        };
        if (missing.Count > 0)
        {
            // Names only: the message must never carry a secret.
            throw new InvalidOperationException($"Payments:Provider is '{provider}' but {string.Join(", ", missing)} is not configured.");
        }

        if (provider == ProviderNames.Stripe && !IsHttpUriOrUnset(options.Stripe.ApiBase))
        {
            throw new InvalidOperationException("Payments:Stripe:ApiBase must be an absolute http or https URI (it is for stripe-mock and tests; leave it unset for Stripe itself).");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            throw new InvalidOperationException("Payments:MaxAttempts must be between 1 and 10.");
        }

        return new PaymentsConfig(provider, options);
    }

    private static bool IsHttpUriOrUnset(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    private static List<string> Missing(params (string Key, string? Value)[] settings) =>
        settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key).ToList();
}
