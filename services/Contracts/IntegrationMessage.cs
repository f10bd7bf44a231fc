namespace K8sShop.Contracts;

/// <summary>
/// Marks a type as a message that may cross a service boundary. The outbox only dispatches
/// types that carry this marker, so a stored type name can never instantiate arbitrary code.
/// </summary>
public interface IIntegrationMessage;
