using System.Text.Json;

namespace K8sShop.Chat.Live;

/// <summary>A hub event on its way between replicas: which group, which client method, and its JSON payload.</summary>
public sealed record ChatSignal(string Group, string Method, JsonElement Payload);
