using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// Refuses to start a process in which a service endpoint declares neither a policy nor
/// <c>AllowAnonymous</c>: forgetting to say who may call an endpoint is a start-up error on every
/// developer machine and in every test run, not an open door found later. In Production (where a
/// refusal to start would be an outage) each such endpoint is logged as an error instead, unless
/// <c>Authorization:RequireDeclaredAccess</c> says otherwise. Service endpoints are those carrying
/// <see cref="ServiceIdentity"/> (the ones in the OpenAPI documents); the gateway's proxy routes
/// and web app are not service endpoints.
/// </summary>
/// <remarks>
/// A start-up filter rather than a hosted service: hosted services start before the request
/// pipeline (and so the endpoint list) is built; the filter runs right after it.
/// </remarks>
public sealed partial class EndpointAuthorizationAudit(IConfiguration configuration, IHostEnvironment environment, ILogger<EndpointAuthorizationAudit> logger) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var undeclared = Undeclared(app.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints).ToList();
        if (undeclared.Count == 0)
        {
            return;
        }

        if (configuration.GetValue<bool?>("Authorization:RequireDeclaredAccess") ?? !environment.IsProduction())
        {
            throw new InvalidOperationException(
                "These endpoints declare neither an authorization policy nor AllowAnonymous: " + string.Join(", ", undeclared));
        }

        foreach (var endpoint in undeclared)
        {
            LogUndeclared(logger, endpoint);
        }
    };

    /// <summary>The display names of service endpoints that say nothing about who may call them.</summary>
    public static IEnumerable<string> Undeclared(IEnumerable<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints
            .Where(e => e.Metadata.GetMetadata<ServiceIdentity>() is not null)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.DisplayName ?? e.ToString() ?? "?");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Endpoint {Endpoint} declares neither an authorization policy nor AllowAnonymous")]
    private static partial void LogUndeclared(ILogger logger, string endpoint);
}
