namespace K8sShop.Payments.Providers;

public enum ProviderOutcome
{
    Succeeded,

    /// <summary>The provider said no for good (declined card, insufficient funds): never retried.</summary>
    Refused,

    /// <summary>The provider could not answer (5xx, timeout, processing error): worth another try with the same idempotency key.</summary>
    Transient,
}
