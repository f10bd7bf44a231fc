using System.Collections.Concurrent;
using System.Net;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Http;
using K8sShop.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Xunit;

namespace K8sShop.Platform.Tests.Http;

/// <summary>
/// The standard resilience handler ServiceDefaults puts on every HttpClient resends only what is safe to
/// send twice: idempotent methods, and POSTs their caller marks idempotent. Against a real Kestrel server
/// that answers 503 to everything, and against a port nobody listens on.
/// </summary>
public sealed class IdempotentRetriesTests : IAsyncLifetime
{
    private const int AttemptsWhenRetried = 4; // the first one and the standard handler's 3 retries
    private readonly ConcurrentDictionary<string, int> _received = new();
    private readonly ConcurrentDictionary<string, int> _sent = new();
    private readonly Uri _server = new($"http://127.0.0.1:{ShopProcess.FreePort()}/");
    private WebApplication? _unavailable;
    private WebApplication? _caller;

    public async Task InitializeAsync()
    {
        var server = WebApplication.CreateBuilder();
        server.WebHost.UseUrls(_server.ToString().TrimEnd('/'));
        _unavailable = server.Build();
        _unavailable.Map("/{name}", (string name) =>
        {
            _received.AddOrUpdate(name, 1, (_, n) => n + 1);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        await _unavailable.StartAsync();

        var caller = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        caller.AddServiceDefaults();
        caller.Services.ConfigureAll<HttpStandardResilienceOptions>(o =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(20);
            o.Retry.BackoffType = DelayBackoffType.Constant;
            o.Retry.UseJitter = false;
        });
        caller.Services.AddHttpClient("neighbour", c => c.BaseAddress = _server).AddHttpMessageHandler(() => new AttemptCounter(_sent));
        caller.Services.AddHttpClient("nobody", c => c.BaseAddress = new Uri($"http://127.0.0.1:{ShopProcess.FreePort()}/"))
            .AddHttpMessageHandler(() => new AttemptCounter(_sent));
        _caller = caller.Build();
    }

    [Fact]
    public async Task A_POST_answered_503_is_sent_once()
    {
        using var response = await SendAsync("neighbour", HttpMethod.Post, "create");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, _received.GetValueOrDefault("create"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_idempotent_method_answered_503_is_retried(string method)
    {
        using var response = await SendAsync("neighbour", new HttpMethod(method), "read-" + method);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(AttemptsWhenRetried, _received.GetValueOrDefault("read-" + method));
    }

    [Fact]
    public async Task A_POST_its_caller_marks_idempotent_is_retried()
    {
        using var response = await SendAsync("neighbour", HttpMethod.Post, "lookup", markIdempotent: true);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(AttemptsWhenRetried, _received.GetValueOrDefault("lookup"));
    }

    [Fact]
    public async Task A_POST_that_cannot_connect_is_tried_once_and_a_GET_again()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync("nobody", HttpMethod.Post, "charge"));
        Assert.Equal(1, _sent.GetValueOrDefault("charge"));

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync("nobody", HttpMethod.Get, "status"));
        Assert.Equal(AttemptsWhenRetried, _sent.GetValueOrDefault("status"));
    }

    public async Task DisposeAsync()
    {
        if (_caller is not null)
        {
            await _caller.DisposeAsync();
        }

        if (_unavailable is not null)
        {
            await _unavailable.DisposeAsync();
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string client, HttpMethod method, string path, bool markIdempotent = false)
    {
        var http = _caller!.Services.GetRequiredService<IHttpClientFactory>().CreateClient(client);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (method != HttpMethod.Get && method != HttpMethod.Delete)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        if (markIdempotent)
        {
            request.MarkIdempotent();
        }

        return await http.SendAsync(request);
    }

    /// <summary>Counts what leaves the client per attempt (it sits inside the resilience handler).</summary>
    private sealed class AttemptCounter(ConcurrentDictionary<string, int> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.AddOrUpdate(request.RequestUri!.AbsolutePath.Trim('/'), 1, (_, n) => n + 1);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
