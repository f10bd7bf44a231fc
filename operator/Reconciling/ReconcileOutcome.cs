using System.Text.Json.Nodes;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Reconciling;

/// <summary>What one pass over the stages achieved.</summary>
public sealed record ReconcileOutcome
{
    public bool Paused { get; init; }

    public IReadOnlyList<string> InvalidSpec { get; init; } = [];

    /// <summary>First stage whose objects are not all ready yet; null when every stage is.</summary>
    public ReconcileStage? WaitingFor { get; init; }

    public IReadOnlyDictionary<string, JsonObject> AppliedDeployments { get; init; } = new Dictionary<string, JsonObject>();

    public IReadOnlyList<string> NotReady { get; init; } = [];
}
