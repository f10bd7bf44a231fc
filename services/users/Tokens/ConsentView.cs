namespace K8sShop.Users.Tokens;

/// <summary>One app the caller allowed, as <c>/api/users/me/consents</c> lists it.</summary>
public sealed record ConsentView(Guid Id, string ClientId, string ClientName, IReadOnlyList<string> Scopes, bool Remembered, DateTimeOffset GrantedAt)
{
    public static ConsentView Of(ClientConsent consent, RegisteredClients clients)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(clients);
        return new(consent.Id, consent.ClientId, clients.DisplayNameOf(consent.ClientId), consent.ScopeList,
            consent.Remembered, new DateTimeOffset(DateTime.SpecifyKind(consent.GrantedAtUtc, DateTimeKind.Utc)));
    }
}
