namespace K8sShop.Payments.Webhooks;

/// <summary>The answer to a webhook delivery; <paramref name="Duplicate"/> says the event id was seen before.</summary>
public sealed record WebhookReceipt(string EventId, bool Duplicate);
