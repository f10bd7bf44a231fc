using System.Text.Json.Nodes;

namespace K8sShop.Operator.Rendering;

/// <summary>One object the operator wants to exist, and the stage that applies it.</summary>
public sealed record Manifest(ReconcileStage Stage, JsonObject Body)
{
    public string ApiVersion => (string)Body["apiVersion"]!;

    public string Kind => (string)Body["kind"]!;

    public string Name => (string)Body["metadata"]!["name"]!;

    public string Namespace => (string)Body["metadata"]!["namespace"]!;

    public override string ToString() => $"{Kind}/{Name}";
}
