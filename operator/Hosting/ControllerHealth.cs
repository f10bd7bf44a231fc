namespace K8sShop.Operator.Hosting;

/// <summary>What /readyz reports: a standby replica is ready (it is healthy, waiting for the lease); a leader once its informers synced.</summary>
public sealed class ControllerHealth
{
    private volatile bool _leading;
    private volatile Func<bool> _synced = () => false;

    public bool IsLeader => _leading;

    public bool IsReady => !_leading || _synced();

    public void StartedLeading(Func<bool> synced)
    {
        _synced = synced;
        _leading = true;
    }
}
