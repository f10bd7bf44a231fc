using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace K8sShop.ServiceDefaults;

/// <summary>
/// Liveness says the process runs (no dependency checked, so a database outage never restarts pods);
/// readiness checks the database and the bus.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The process-wide probes used by Kubernetes: <c>/healthz/live</c> and <c>/healthz/ready</c>.</summary>
    public static IEndpointRouteBuilder MapProcessHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealth("/healthz", _ => true);
        return app;
    }

    /// <summary>One service's probes (its own database plus the bus) under <paramref name="prefix"/>.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder app, string prefix, Func<HealthCheckRegistration, bool> belongs)
    {
        var group = app.MapGroup(prefix).WithTags("Health").AllowAnonymous();
        group.MapHealthChecks("/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        group.MapHealthChecks("/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready) && belongs(check),
            ResponseWriter = WriteAsync,
        });
        return group;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), e.Value.Description, duration = e.Value.Duration.TotalMilliseconds }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
