namespace K8sShop.ServiceDefaults;

/// <summary>Tags that sort health checks into the probes.</summary>
public static class HealthTags
{
    /// <summary>Checks that must pass before the instance takes traffic (database, bus).</summary>
    public const string Ready = "ready";

    /// <summary>MassTransit tags its bus check with this; every service's readiness includes it.</summary>
    public const string Bus = "masstransit";
}
