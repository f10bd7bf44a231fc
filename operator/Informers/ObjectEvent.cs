using System.Text.Json.Nodes;

namespace K8sShop.Operator.Informers;

/// <summary>One watch event; for Error the resource is a metav1.Status.</summary>
public sealed record ObjectEvent(ObjectEventType Type, JsonObject Resource);
