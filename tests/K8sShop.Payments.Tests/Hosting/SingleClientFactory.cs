namespace K8sShop.Payments.Tests.Hosting;

/// <summary>An <see cref="IHttpClientFactory"/> whose clients all send through one handler, for provider tests without a host.</summary>
public sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
