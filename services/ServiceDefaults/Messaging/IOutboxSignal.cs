namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>Lets a DbContext wake its dispatcher without knowing its own generic signal type at compile time.</summary>
public interface IOutboxSignal
{
    void Notify();
}
