namespace K8sShop.Operator.Hosting;

/// <summary>Configuration section "LeaderElection": one active replica, the others wait on a Lease.</summary>
public sealed class LeaderElectionOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Namespace of the Lease; default the pod's own (POD_NAMESPACE).</summary>
    public string? Namespace { get; set; }

    public string LeaseName { get; set; } = "k8sshop-operator";

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan RenewDeadline { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
