using K8sShop.Payments.Providers.Test;

namespace K8sShop.Payments.Api;

/// <summary>What the web app's payment step needs to know: never a secret.</summary>
public sealed record PaymentsConfigView(string Provider, string? StripePublishableKey, IReadOnlyList<TestTokenChoice>? TestTokens);
