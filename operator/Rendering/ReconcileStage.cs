namespace K8sShop.Operator.Rendering;

/// <summary>Stages applied in order; each waits until the previous one is ready.</summary>
public enum ReconcileStage
{
    DataStores = 0,
    Migrations = 1,
    Services = 2,
    Edge = 3,
}
