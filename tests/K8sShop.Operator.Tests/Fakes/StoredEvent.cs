using System.Text.Json.Nodes;

namespace K8sShop.Operator.Tests.Fakes;

/// <summary>One change the fake API server remembers for watches.</summary>
internal sealed record StoredEvent(long ResourceVersion, string Type, string ApiPath, string Plural, JsonObject Object);
