namespace K8sShop.Payments.Payments;

/// <summary>A provider's webhook event, kept by its id so a replayed delivery is recognised and ignored.</summary>
public sealed class WebhookEvent
{
    public string Provider { get; set; } = "";

    public string EventId { get; set; } = "";

    public string Type { get; set; } = "";

    /// <summary>The id of the object the event is about (a PaymentIntent, a refund).</summary>
    public string? ObjectId { get; set; }

    /// <summary>What the shop did with it: <c>applied</c>, <c>ignored</c>.</summary>
    public string Handling { get; set; } = "";

    public DateTime ReceivedAtUtc { get; set; }
}
