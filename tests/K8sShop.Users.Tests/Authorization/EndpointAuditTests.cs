using System.Net;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Users.Tests.Authorization;

/// <summary>Every service endpoint must say who may call it; the shared endpoints stay anonymous.</summary>
public sealed class EndpointAuditTests
{
    [Fact]
    public async Task A_service_endpoint_declaring_no_policy_stops_the_process_from_starting()
    {
        await using var app = Build("Development");
        app.MapServiceApi("probe").MapGet("/forgotten", () => "open door");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        Assert.Contains("/api/probe/forgotten", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_endpoints_answer_anonymously_and_a_customer_endpoint_answers_401_without_a_token()
    {
        await using var app = Build();
        var api = app.MapServiceApi("probe");
        api.MapGet("/mine", () => "secret").RequireAuthorization(ShopPolicies.Customer);
        api.MapGet("/public", () => "hello").AllowAnonymous();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = AddressOf(app) };

        foreach (var path in new[] { "api/probe/info", "api/probe/healthz/live", "healthz/live", "healthz/ready", "api/probe/openapi.json", "api/probe/public" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }

        using var mine = await client.GetAsync(new Uri("api/probe/mine", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, mine.StatusCode);
    }

    [Fact]
    public async Task A_token_from_nowhere_is_refused()
    {
        await using var app = Build();
        app.MapServiceApi("probe").MapGet("/mine", () => "secret").RequireAuthorization(ShopPolicies.Customer);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = AddressOf(app) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/probe/mine");
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZSI6ImN1c3RvbWVyIn0.");

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static WebApplication Build(string environment = "Production")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddServiceApiDocument("probe");
        var app = builder.Build();
        app.MapServiceDefaults();
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
}
