using K8sShop.ServiceDefaults;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace K8sShop.Gateway;

/// <summary>
/// The one route table (configuration section <c>ReverseProxy</c>) that sends each public path to its
/// service. YARP passes WebSocket upgrades through (SignalR) and forwards the W3C trace context.
/// </summary>
public static class GatewayProxy
{
    /// <summary>The gateway's <see cref="ServiceIdentity"/> name.</summary>
    public const string Name = "gateway";

    public static WebApplicationBuilder AddGatewayProxy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The route table ships beside the binary; environment variables override its addresses
        // (ReverseProxy__Clusters__inventory__Destinations__primary__Address=http://inventory:8080).
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "routes.json",
            Optional = false,
        });
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    public static IEndpointRouteBuilder MapGatewayProxy(this IEndpointRouteBuilder app)
    {
        // Like every service's endpoints, the proxied requests name their owner on spans and metrics, so a
        // trace shows where the gateway's part of a request ends and a service's begins.
        app.MapReverseProxy().WithMetadata(new ServiceIdentity(Name));
        return app;
    }
}
