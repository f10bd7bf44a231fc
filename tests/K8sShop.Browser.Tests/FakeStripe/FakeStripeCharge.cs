namespace K8sShop.Browser.Tests.FakeStripe;

/// <summary>A <c>POST /v1/payment_intents</c> the fake Stripe API took, as payments sent it.</summary>
public sealed record FakeStripeCharge(string IdempotencyKey, string PaymentMethod, long Amount, string Currency, string OrderId, bool Declined);
