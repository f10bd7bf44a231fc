using System.Text.Json;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.SignalR;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace K8sShop.Chat.Live;

/// <summary>
/// Fans hub events out to every replica: each publishes to one fan-out exchange and listens on a
/// queue of its own that the broker names, that only its connection may use and that disappears with
/// it (exclusive, auto-delete), so replicas come and go without leftovers. A replica delivers to its
/// own clients only what comes back from the broker, so every client sees each event once.
/// Events are live signals, not records (the store has those): they are not persisted or retried.
/// </summary>
public sealed partial class RabbitMqChatFanout(
    RabbitMqAddress broker,
    IHubContext<ChatHub> hub,
    ILogger<RabbitMqChatFanout> logger) : IChatBroadcast, IHostedService, IAsyncDisposable
{
    public const string Exchange = "k8sshop.chat.fanout";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _publishGate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _publisher;
    private IChannel? _listener;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
            ClientProvidedName = "chat-fanout",

            // Recovery redeclares the server-named queue and its binding after a broker restart.
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _listener = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await _listener.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var queue = await _listener.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        await _listener.QueueBindAsync(queue.QueueName, Exchange, "", cancellationToken: cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(_listener);
        consumer.ReceivedAsync += DeliverAsync;
        await _listener.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, cancellationToken);
        _publisher = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        LogListening(logger, queue.QueueName);
    }

    public async Task SendAsync(string group, string method, object payload, CancellationToken cancellationToken)
    {
        var publisher = _publisher ?? throw new InvalidOperationException("The chat fan-out has not started.");
        var body = JsonSerializer.SerializeToUtf8Bytes(new ChatSignal(group, method, JsonSerializer.SerializeToElement(payload, payload.GetType(), Json)), Json);
        await _publishGate.WaitAsync(cancellationToken);
        try
        {
            await publisher.BasicPublishAsync(Exchange, "", body, cancellationToken);
        }
        finally
        {
            _publishGate.Release();
        }
    }

    private async Task DeliverAsync(object sender, BasicDeliverEventArgs delivery)
    {
        try
        {
            var signal = JsonSerializer.Deserialize<ChatSignal>(delivery.Body.Span, Json);
            if (signal is not null)
            {
                await hub.Clients.Group(signal.Group).SendAsync(signal.Method, signal.Payload, delivery.CancellationToken);
            }
        }
        catch (Exception ex) when (ex is JsonException or OperationCanceledException)
        {
            LogUndeliverable(logger, ex);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var closable in new IAsyncDisposable?[] { _publisher, _listener, _connection })
        {
            if (closable is not null)
            {
                await closable.DisposeAsync();
            }
        }

        (_publisher, _listener, _connection) = (null, null, null);
        _publishGate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat fan-out listening on queue {Queue}")]
    private static partial void LogListening(ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A chat event from another replica could not be delivered")]
    private static partial void LogUndeliverable(ILogger logger, Exception exception);
}
