namespace K8sShop.Operator.Model;

/// <summary>
/// The CEL rules of the CRD, checked again in process: render has no API server, and a Storefront
/// applied before the CRD was upgraded may not have been checked at all.
/// </summary>
public static class StorefrontValidator
{
    /// <summary>The CEL rule each check mirrors; a test keeps this in step with the model's attributes.</summary>
    public static IReadOnlyList<string> MirroredRules { get; } =
    [
        "self.maxReplicas >= self.minReplicas",
        "has(self.managed) != has(self.external)",
    ];

    public static IReadOnlyList<string> Validate(StorefrontSpec spec)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(spec.Version))
        {
            errors.Add("spec.version is required");
        }

        foreach (var (name, settings) in spec.Services.ByName().Select(p => (p.Key, (WorkloadSettings)p.Value)).Append(("gateway", spec.Gateway)))
        {
            if (settings.Autoscaling.MaxReplicas < settings.Autoscaling.MinReplicas)
            {
                errors.Add($"{name}: maxReplicas must be greater than or equal to minReplicas");
            }
        }

        foreach (var (store, settings) in new[] { ("mysql", spec.DataStores.Mysql), ("mongodb", spec.DataStores.Mongodb), ("rabbitmq", spec.DataStores.Rabbitmq) })
        {
            if (settings is not null && (settings.Managed is null) == (settings.External is null))
            {
                errors.Add($"dataStores.{store}: a data store is either managed or external, not both");
            }
        }

        return errors;
    }
}
