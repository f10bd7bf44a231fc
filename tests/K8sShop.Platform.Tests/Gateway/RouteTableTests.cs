using System.Text.Json;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Platform.Tests.Gateway;

/// <summary>The gateway's one route table covers every service, as ARCHITECTURE.md section 2 draws it.</summary>
public sealed class RouteTableTests
{
    private static readonly JsonElement Table = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "services", "gateway", "routes.json"))).RootElement.GetProperty("ReverseProxy");

    public static TheoryData<string> Services => new(Hosting.EmbeddedShop.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public void Each_service_has_its_api_route_and_cluster(string service)
    {
        var routes = Table.GetProperty("Routes").EnumerateObject().Select(r => r.Value).ToList();
        Assert.Contains(routes, r => r.GetProperty("ClusterId").GetString() == service
            && r.GetProperty("Match").GetProperty("Path").GetString() == $"/api/{service}/{{**rest}}");
        Assert.True(Table.GetProperty("Clusters").TryGetProperty(service, out var cluster));
        Assert.StartsWith("http://", cluster.GetProperty("Destinations").GetProperty("primary").GetProperty("Address").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/connect/{**rest}", "users")]
    [InlineData("/.well-known/{**rest}", "users")]
    [InlineData("/hubs/notifications/{**rest}", "notifications")]
    [InlineData("/hubs/chat/{**rest}", "chat")]
    [InlineData("/api/catalog/{**rest}", "inventory")]
    public void Public_paths_outside_api_reach_their_owner(string path, string service)
    {
        var routes = Table.GetProperty("Routes").EnumerateObject().Select(r => r.Value);
        Assert.Contains(routes, r => r.GetProperty("Match").GetProperty("Path").GetString() == path && r.GetProperty("ClusterId").GetString() == service);
    }

    [Fact]
    public void Inventory_internal_stock_api_is_not_routed_from_outside()
    {
        var paths = Table.GetProperty("Routes").EnumerateObject().Select(r => r.Value.GetProperty("Match").GetProperty("Path").GetString());
        Assert.DoesNotContain(paths, p => p!.StartsWith("/api/stock/", StringComparison.Ordinal));
    }
}
