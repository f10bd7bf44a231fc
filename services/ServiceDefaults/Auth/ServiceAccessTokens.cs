using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// Lets one service call another's <see cref="ShopPolicies.Service"/> endpoints: the named client gets a
/// client-credentials access token from the issuer, as the client named after the calling service, with the
/// secret in <c>Identity:Clients:&lt;caller&gt;:Secret</c> (the same key the issuer registers the client from).
/// </summary>
public static class ServiceAccessTokens
{
    /// <summary>The plain client that talks to the issuer's token endpoint (an absolute address, no discovery).</summary>
    public const string IssuerClient = "k8sshop-issuer";

    public static IHttpClientBuilder AddServiceAccessToken(this IHttpClientBuilder client, string callerService)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(callerService);
        client.Services.AddHttpClient(IssuerClient);
        client.Services.AddKeyedSingleton(callerService, (services, _) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var validation = configuration.GetSection(TokenValidationOptions.Section).Get<TokenValidationOptions>() ?? new TokenValidationOptions();
            var credentials = new ServiceClientCredentials(
                callerService,
                configuration[$"{TokenValidationOptions.Section}:Clients:{callerService}:Secret"],
                TokenEndpointFor(validation, configuration));
            return new ServiceTokenSource(credentials, services.GetRequiredService<IHttpClientFactory>(), services.GetRequiredService<TimeProvider>());
        });
        return client.AddHttpMessageHandler(services => new ServiceTokenHandler(services.GetRequiredKeyedService<ServiceTokenSource>(callerService)));
    }

    private static Uri? TokenEndpointFor(TokenValidationOptions validation, IConfiguration configuration)
    {
        if (Uri.TryCreate(configuration[$"{TokenValidationOptions.Section}:TokenEndpoint"], UriKind.Absolute, out var configured))
        {
            return configured;
        }

        // Inside a cluster the issuer is reached at its internal address (the metadata address's origin).
        var origin = validation.MetadataAddress ?? validation.Authority;
        return origin is null ? null : new Uri(origin, "/connect/token");
    }
}
