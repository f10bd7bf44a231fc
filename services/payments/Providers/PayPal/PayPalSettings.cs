namespace K8sShop.Payments.Providers.PayPal;

/// <summary>Configuration section <c>Payments:PayPal</c>.</summary>
public sealed class PayPalSettings
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The REST API's origin; the sandbox unless configured (<c>https://api-m.paypal.com</c> for live).</summary>
    public Uri BaseUrl { get; set; } = new("https://api-m.sandbox.paypal.com");
}
