using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.ServiceDefaults.Api;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

[Collection(ShopProcesses.Name)]
public sealed class EmbeddedHostTests(EmbeddedShop shop) : IClassFixture<EmbeddedShop>
{
    public static TheoryData<string> Services => new(EmbeddedShop.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_answers_info_and_readiness_from_the_one_process(string service)
    {
        var info = await shop.Client.GetFromJsonAsync<ServiceInfo>($"api/{service}/info");
        Assert.Equal(service, info?.Name);
        Assert.False(string.IsNullOrEmpty(info?.Version));

        using var ready = await shop.Client.GetAsync(new Uri($"api/{service}/healthz/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        var checks = report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains($"{service}-database", checks);
        Assert.DoesNotContain(checks, c => c!.EndsWith("-database", StringComparison.Ordinal) && c != $"{service}-database");
    }

    [Fact]
    public void All_nine_services_are_ready_within_the_start_up_budget() =>
        Assert.True(shop.StartupTime < TimeSpan.FromSeconds(60), $"took {shop.StartupTime}");

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_publishes_its_own_OpenAPI_document(string service)
    {
        var document = JsonDocument.Parse(await shop.Client.GetStringAsync(new Uri($"api/{service}/openapi.json", UriKind.Relative))).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains($"/api/{service}/info", paths);
        // Inventory also owns the catalog and stock paths (ARCHITECTURE.md section 2, services/gateway/routes.json).
        string[] owned = service == "inventory" ? ["/api/inventory/", "/api/catalog/", "/api/stock/"] : [$"/api/{service}/"];
        Assert.All(paths, path => Assert.Contains(owned, prefix => (path + "/").StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("api/nosuch/thing")]
    [InlineData("api/orders/nosuch")]
    [InlineData("hubs/nosuch")]
    public async Task Unknown_routes_answer_404_problem_details(string path)
    {
        using var response = await shop.Client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_wrong_method_answers_405_problem_details()
    {
        using var response = await shop.Client.PostAsync(new Uri("api/orders/info", UriKind.Relative), JsonContent.Create(new { }));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        using var response = await shop.Client.GetAsync(new Uri("api/users/info", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_paths_get_the_web_app()
    {
        using var response = await shop.Client.GetAsync(new Uri("products/some-product", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
