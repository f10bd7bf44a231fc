using K8sShop.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// One service of the shop on its own Kestrel host and its own bus connection, composed as its Program composes it.
/// A scenario may add test-only parts to every host through the <c>decorate</c> argument of <see cref="StartAsync"/>.
/// </summary>
public sealed class ServiceHost(string name, Uri address, Action<WebApplicationBuilder> add, Action<WebApplication> map) : IAsyncDisposable
{
    private WebApplication? _app;

    public string Name { get; } = name;

    public Uri Address { get; } = address;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException($"{Name} is not running");

    public async Task StartAsync(IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? decorate = null)
    {
        if (_app is not null)
        {
            return; // already running
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ApplicationName = "K8sShop." + Name });
        builder.WebHost.UseUrls(Address.ToString().TrimEnd('/'));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        add(builder);
        decorate?.Invoke(builder);
        _app = builder.Build();
        _app.MapServiceDefaults();
        map(_app);
        await _app.StartAsync();
    }

    /// <summary>Stops the host as a crash or a rolling update would; <see cref="StartAsync"/> brings it back.</summary>
    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
