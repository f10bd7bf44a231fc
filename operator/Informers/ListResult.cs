using System.Text.Json.Nodes;

namespace K8sShop.Operator.Informers;

/// <summary>A LIST answer: the objects and the resourceVersion to watch from.</summary>
public sealed record ListResult(IReadOnlyList<JsonObject> Items, string ResourceVersion);
