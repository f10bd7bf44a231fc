namespace K8sShop.ServiceDefaults.Api;

/// <summary>What <c>GET /api/{service}/info</c> answers.</summary>
public sealed record ServiceInfo(string Name, string Version);
