namespace K8sShop.Payments.Tests.Hosting;

/// <summary>Payments with the built-in test provider, three tries for a transient error.</summary>
public sealed class TestProviderShop : PaymentsShop
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider"] = "test",
        ["Payments:MaxAttempts"] = "3",
    };
}
