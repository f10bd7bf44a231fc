namespace K8sShop.Operator.Hosting;

/// <summary>/healthz (the process answers) and /readyz (leader synced, or standby).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapOperatorHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (ControllerHealth health) => health.IsReady
            ? Results.Text(health.IsLeader ? "leader, synced" : "standby")
            : Results.Text("informers not synced", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
