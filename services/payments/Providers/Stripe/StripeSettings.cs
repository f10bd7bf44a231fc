namespace K8sShop.Payments.Providers.Stripe;

/// <summary>Configuration section <c>Payments:Stripe</c>.</summary>
public sealed class StripeSettings
{
    public string? SecretKey { get; set; }

    /// <summary>Not a secret: the browser uses it to turn card details into a PaymentMethod id with Stripe.js.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>The endpoint's signing secret (<c>whsec_...</c>) that Stripe-Signature headers are checked with.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How old a signed webhook may be before it counts as a replay; Stripe's own libraries use five minutes.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where Stripe's API answers; unset means api.stripe.com. Only for stripe-mock or a test's fake Stripe API,
    /// never in production. An absolute http(s) URI, checked at start-up.
    /// </summary>
    public string? ApiBase { get; set; }
}
