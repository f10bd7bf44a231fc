using System.Collections.Concurrent;
using System.Text.Json;
using K8sShop.Chat.Live;
using K8sShop.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace K8sShop.Chat.Tests.Hosting;

/// <summary>
/// A SignalR client of <c>/hubs/chat</c> that records every event it receives. The token travels as
/// <c>access_token</c> in the query string, as browsers must send it.
/// </summary>
public sealed class ChatConnection : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] Events =
    [
        ChatEvents.ConversationQueued, ChatEvents.ConversationAssigned, ChatEvents.ConversationClosed,
        ChatEvents.MessageReceived, ChatEvents.Typing, ChatEvents.MessagesRead,
    ];

    private readonly ConcurrentQueue<(string Method, JsonElement Payload)> _received = new();

    private ChatConnection(HubConnection hub) => Hub = hub;

    public HubConnection Hub { get; }

    public static async Task<ChatConnection> StartAsync(Uri service, string? token)
    {
        var url = new Uri(service, token is null ? "hubs/chat" : $"hubs/chat?access_token={Uri.EscapeDataString(token)}");
        var hub = new HubConnectionBuilder().WithUrl(url).Build();
        var connection = new ChatConnection(hub);
        foreach (var method in Events)
        {
            hub.On<JsonElement>(method, payload => connection._received.Enqueue((method, payload.Clone())));
        }

        try
        {
            await hub.StartAsync();
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }

        return connection;
    }

    public Task<T> InvokeAsync<T>(string method, params object?[] args) => Hub.InvokeCoreAsync<T>(method, args);

    public Task InvokeAsync(string method, params object?[] args) => Hub.InvokeCoreAsync(method, args);

    /// <summary>The events of one kind received so far, as <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> Received<T>(string method) =>
        [.. _received.Where(e => e.Method == method).Select(e => e.Payload.Deserialize<T>(Json)!)];

    /// <summary>Waits until an event of the kind arrives that matches; fails the test if none does in time.</summary>
    public async Task<T> ReceivesAsync<T>(string method, Func<T, bool> matches, TimeSpan? within = null)
    {
        var found = await Eventually.ReachesAsync(
            () => Task.FromResult(Received<T>(method).Where(matches).ToList()), list => list.Count > 0, within ?? TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(50));
        Assert.True(found.Count > 0, $"no {method} event arrived");
        return found[0];
    }

    public async ValueTask DisposeAsync() => await Hub.DisposeAsync();
}
