namespace K8sShop.Payments.Tests.Hosting;

/// <summary>A request the service sent to a provider, as <see cref="RecordedResponses"/> saw it.</summary>
public sealed record SentRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
