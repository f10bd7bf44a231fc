using System.Net;
using System.Net.WebSockets;
using System.Text;
using K8sShop.Platform.Tests.Hosting;
using K8sShop.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Platform.Tests.Gateway;

/// <summary>
/// The real gateway process in front of a small upstream standing in for the chat service: WebSocket
/// upgrades (SignalR's transport) and trace context must pass through the route table.
/// </summary>
[Collection(ShopProcesses.Name)]
public sealed class GatewayProcessTests : IAsyncLifetime
{
    private WebApplication? _upstream;
    private ShopProcess? _gateway;
    private readonly int _port = ShopProcess.FreePort();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _upstream = builder.Build();
        _upstream.UseWebSockets();
        _upstream.Map("/hubs/chat/echo", EchoAsync);
        _upstream.MapGet("/api/chat/trace", (HttpContext context) => context.Request.Headers.TraceParent.ToString());
        await _upstream.StartAsync();
        var upstream = _upstream.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _gateway = ShopProcess.Start("gateway", "K8sShop.Gateway", new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}",
            ["ReverseProxy__Clusters__chat__Destinations__primary__Address"] = upstream,
        });
        using var client = new HttpClient();
        Assert.True(await _gateway.WaitUntilAnswersAsync(client, $"http://127.0.0.1:{_port}/healthz/ready", TimeSpan.FromSeconds(120)), _gateway.Output);
    }

    [Fact]
    public async Task A_WebSocket_opened_through_the_gateway_reaches_the_service()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{_port}/hubs/chat/echo"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("hello through the gateway"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("hello through the gateway", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task The_callers_trace_reaches_the_service()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToString();
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_port}/api/chat/trace");
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(traceId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_upstream is not null)
        {
            await _upstream.DisposeAsync();
        }
    }

    private static async Task EchoAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        await socket.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.ReceiveAsync(buffer, CancellationToken.None);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }
}
