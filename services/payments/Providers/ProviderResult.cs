namespace K8sShop.Payments.Providers;

/// <summary>
/// What a provider answered to one charge or refund. <paramref name="Reason"/> is for the shopper
/// (never the provider's raw message); <paramref name="ProviderCode"/> is for support.
/// </summary>
public sealed record ProviderResult(
    ProviderOutcome Outcome,
    string? Reference,
    string? Reason,
    string? ProviderCode,
    string? ProviderRequestId)
{
    public static ProviderResult Succeeded(string reference, string? requestId = null) =>
        new(ProviderOutcome.Succeeded, reference, null, null, requestId);

    public static ProviderResult Refused(string reason, string? code, string? requestId = null) =>
        new(ProviderOutcome.Refused, null, reason, code, requestId);

    public static ProviderResult Transient(string reason, string? code, string? requestId = null) =>
        new(ProviderOutcome.Transient, null, reason, code, requestId);
}
