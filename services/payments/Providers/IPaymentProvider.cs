namespace K8sShop.Payments.Providers;

/// <summary>
/// A payment provider. Implementations turn every answer, including network failures, into a
/// <see cref="ProviderResult"/>; they never throw for what the provider said, and never log tokens or secrets.
/// </summary>
public interface IPaymentProvider
{
    /// <summary><c>test</c>, <c>stripe</c> or <c>paypal</c>.</summary>
    string Name { get; }

    Task<ProviderResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    Task<ProviderResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}
