namespace K8sShop.Users.Tokens;

/// <summary>The OAuth clients from configuration (plus the default storefront), by client id.</summary>
public sealed class RegisteredClients(IReadOnlyDictionary<string, ClientRegistration> clients)
{
    public IReadOnlyDictionary<string, ClientRegistration> All => clients;

    public ClientRegistration? Find(string? clientId) =>
        clientId is not null && clients.TryGetValue(clientId, out var client) ? client : null;

    public string DisplayNameOf(string clientId) =>
        Find(clientId)?.DisplayName is { Length: > 0 } name ? name : clientId;
}
