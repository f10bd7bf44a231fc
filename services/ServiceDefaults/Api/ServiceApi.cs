using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace K8sShop.ServiceDefaults.Api;

public static class ServiceApi
{
    /// <summary>
    /// The route group <c>/api/{service}</c> that every endpoint of a service hangs from, with the
    /// service's info and health endpoints. Endpoints in it carry the owning service as metadata,
    /// which selects its OpenAPI document and tags its telemetry.
    /// </summary>
    public static RouteGroupBuilder MapServiceApi(this IEndpointRouteBuilder app, string service)
    {
        ArgumentNullException.ThrowIfNull(app);
        var identity = new ServiceIdentity(service);
        var group = app.MapGroup($"/api/{service}").WithMetadata(identity);

        group.MapGet("/info", () => GetInfo(identity))
            .WithName($"{service}-info")
            .WithTags("Info")
            .WithSummary($"The {service} service's name and version.")
            .AllowAnonymous();
        group.MapHealth("/healthz", check => check.Tags.Contains(service) || check.Tags.Contains(HealthTags.Bus));
        return group;
    }

    private static Ok<ServiceInfo> GetInfo(ServiceIdentity identity) =>
        TypedResults.Ok(new ServiceInfo(identity.Name, ServiceIdentity.Version));

    /// <summary>Adds a service's OpenAPI document, served at <c>/api/{service}/openapi.json</c>.</summary>
    public static IHostApplicationBuilder AddServiceApiDocument(this IHostApplicationBuilder builder, string service)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenApi(service, options =>
            options.ShouldInclude = description =>
                description.ActionDescriptor.EndpointMetadata.OfType<ServiceIdentity>().Any(owner => owner.Name == service));
        return builder;
    }
}
