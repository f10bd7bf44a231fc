using Microsoft.Extensions.Configuration;
using System.Text.Json.Serialization;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Errors;
using K8sShop.ServiceDefaults.Http;
using K8sShop.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace K8sShop.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Default limit on request bodies: 1 MiB (<c>Limits:MaxRequestBodyBytes</c>).</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Everything a service process needs besides its own code: telemetry, health, ProblemDetails,
    /// JSON conventions, OpenAPI, service discovery with resilient HTTP clients and request limits.
    /// The bus comes with the first service database (every database has an outbox to dispatch).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;

        builder.Services.AddSingleton(TimeProvider.System);

        // Every SQL statement at Information drowns the logs that matter; configuration can lower it again.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.AddServiceTelemetry(serviceName);
        builder.AddServiceProblemDetails();
        builder.Services.AddHealthChecks();
        builder.AddForwardedHeaders();
        builder.AddServiceAuthorization();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // Retries resend only what is safe to send twice (IdempotentRetries); a POST that failed goes back to its caller.
            http.AddHttpMessageHandler(() => new RetryDecisionHandler());
            http.AddStandardResilienceHandler(resilience => resilience.Retry.RetryOnlyIdempotentRequests());
            http.AddServiceDiscovery();
        });

        var maxBody = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);

        return builder;
    }

    /// <summary>The shared middleware and endpoints; call before mapping the service's own endpoints.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConfiguredForwardedHeaders();
        app.UseServiceProblemDetails();
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseOwningServiceTagging();
        app.UseServiceAuthorization();

        app.MapProcessHealth();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference(options => options.WithOpenApiRoutePattern("/api/{documentName}/openapi.json")).AllowAnonymous();
        }

        return app;
    }
}
