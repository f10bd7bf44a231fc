namespace K8sShop.Payments.Api;

public sealed record ProviderCallView(
    string Operation, int Attempt, string IdempotencyKey, string Outcome, string? ProviderCode, string? ProviderRequestId, long DurationMs, DateTime StartedAtUtc);
