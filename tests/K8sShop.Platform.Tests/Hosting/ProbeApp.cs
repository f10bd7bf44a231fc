using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>
/// A minimal service on real Kestrel composed with the shared defaults and one JSON endpoint, to
/// test what the defaults do with bad input whatever the endpoint.
/// </summary>
public sealed class ProbeApp : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; } = new();

    public sealed record Greeting(string Name, int Times);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.MapServiceDefaults();
        var api = _app.MapServiceApi("probe");
        api.MapPost("/greetings", (Greeting greeting) => TypedResults.Ok(greeting));
        api.MapGet("/failure", string () => throw new InvalidOperationException("secret internal detail"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client.BaseAddress = new Uri(address + "/");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
