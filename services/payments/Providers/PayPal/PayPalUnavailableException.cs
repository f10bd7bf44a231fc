namespace K8sShop.Payments.Providers.PayPal;

/// <summary>PayPal would not give an access token; the charge or refund is tried again later with the same key.</summary>
public sealed class PayPalUnavailableException(int status, string? debugId)
    : Exception($"PayPal answered {status} to the token request (debug id {debugId}).")
{
    public int Status { get; } = status;

    public string? DebugId { get; } = debugId;
}
