using System.Diagnostics;
using K8sShop.ServiceDefaults;
using Microsoft.AspNetCore.Http.Features;
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
        app.MapReverseProxy(proxy => proxy.Use((context, next) =>
        {
            // The request span names its owner, as every service's do: where spans of several hosts meet (a trace,
            // a process hosting more than one), it shows where the gateway's part ends and a service's begins.
            // Not as endpoint metadata: that would make these routes service endpoints, which authorize callers.
            // Both the request's span and YARP's forwarder span (the current one here) carry it.
            context.Features.Get<IHttpActivityFeature>()?.Activity.SetTag(ServiceIdentity.TagName, Name);
            Activity.Current?.SetTag(ServiceIdentity.TagName, Name);
            return next();
        }));
        return app;
    }
}
