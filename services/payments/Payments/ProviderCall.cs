namespace K8sShop.Payments.Payments;

/// <summary>
/// One call to a payment provider, kept for support and audits. Holds no card data, tokens or secrets:
/// only what was asked, under which idempotency key, and what came back.
/// </summary>
public sealed class ProviderCall
{
    public long Id { get; set; }

    public Guid OrderId { get; set; }

    public string Provider { get; set; } = "";

    /// <summary><c>charge</c> or <c>refund</c>.</summary>
    public string Operation { get; set; } = "";

    public int Attempt { get; set; }

    public string IdempotencyKey { get; set; } = "";

    /// <summary>The provider's own id of the request (Stripe's Request-Id, PayPal's debug id), for their support.</summary>
    public string? ProviderRequestId { get; set; }

    public string Outcome { get; set; } = "";

    /// <summary>The provider's code for a refusal (<c>card_declined</c>, <c>INSTRUMENT_DECLINED</c>...).</summary>
    public string? ProviderCode { get; set; }

    public long DurationMs { get; set; }

    public DateTime StartedAtUtc { get; set; }
}
