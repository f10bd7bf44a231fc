using System.Diagnostics;
using System.Text.Json;
using K8sShop.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>
/// Publishes one service's committed outbox messages in order. Delivery is at least once: a crash
/// between publish and bookkeeping re-publishes with the same message id, which consumers discard.
/// A failed publish (broker down) stops the round and retries the same message with growing delays.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    DatabaseOwner<TContext> owner,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private readonly OutboxOptions _options = options.Value;
    private readonly ServiceIdentity _service = owner.Service;
    private DateTime _nextCleanupUtc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database itself is unreachable: keep the service alive and try again later.
                LogRoundFailed(logger, ex, _service.Name);
            }

            await signal.WaitAsync(_options.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task DispatchRoundAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await db.OutboxMessages
            .Where(m => m.DispatchedAtUtc == null)
            .OrderBy(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(stoppingToken);

        foreach (var message in batch)
        {
            if (message.NextAttemptAtUtc > now)
            {
                break; // keep order: nothing overtakes a message that is waiting for its retry
            }

            var error = await PublishAsync(message, stoppingToken);
            if (error is null)
            {
                message.DispatchedAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                await db.SaveChangesAsync(stoppingToken);
                continue;
            }

            message.Attempts++;
            message.LastError = error.Length > 2000 ? error[..2000] : error;
            message.NextAttemptAtUtc = now + RetryDelay(message.Attempts);
            await db.SaveChangesAsync(stoppingToken);
            break;
        }

        await CleanupAsync(db, now, stoppingToken);
    }

    /// <returns>Null on success, else why the publish failed.</returns>
    private async Task<string?> PublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        var type = MessageTypes.Resolve(message.MessageType);
        if (type is null)
        {
            LogUnknownType(logger, _service.Name, message.MessageId, message.MessageType);
            return $"Unknown message type '{message.MessageType}'.";
        }

        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox dispatch {type.Name}", ActivityKind.Internal, parent)
            ?? ContinueTrace(parent);
        activity?.SetTag(ServiceIdentity.TagName, _service.Name);
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            var body = JsonSerializer.Deserialize(message.Body, type, MessageTypes.SerializerOptions)!;
            await bus.Publish(body, type, Pipe.Execute<PublishContext>(c => c.MessageId = message.MessageId), timeout.Token);
            MessagingTelemetry.Dispatched.Add(1, new KeyValuePair<string, object?>(ServiceIdentity.TagName, _service.Name));
            return null;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            MessagingTelemetry.DispatchFailures.Add(1, new KeyValuePair<string, object?>(ServiceIdentity.TagName, _service.Name));
            LogPublishFailed(logger, ex, _service.Name, message.MessageId, message.Attempts + 1);
            return ex.Message;
        }
    }

    /// <summary>
    /// When nobody samples our own source, the writer's trace must still reach the bus: a bare
    /// activity becomes the parent of the transport's send span, which carries the context onward.
    /// </summary>
    private static Activity? ContinueTrace(ActivityContext parent) =>
        parent == default ? null : new Activity("outbox dispatch").SetParentId(parent.TraceId, parent.SpanId, parent.TraceFlags).Start();

    private TimeSpan RetryDelay(int attempts)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var delay = _options.FirstRetryDelay * Math.Pow(2, exponent);
        var capped = delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;

        // Jitter spreads the retries of many replicas so a returning broker is not hit at once.
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private async Task CleanupAsync(TContext db, DateTime now, CancellationToken stoppingToken)
    {
        if (now < _nextCleanupUtc)
        {
            return;
        }

        _nextCleanupUtc = now + TimeSpan.FromMinutes(10);
        var before = now - _options.Retention;
        await db.OutboxMessages.Where(m => m.DispatchedAtUtc != null && m.DispatchedAtUtc < before).ExecuteDeleteAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round of {Service} failed; retrying at the next poll")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string service);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox of {Service} holds message {MessageId} of unknown type {MessageType}")]
    private static partial void LogUnknownType(ILogger logger, string service, Guid messageId, string messageType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} of {Service} failed (attempt {Attempt})")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string service, Guid messageId, int attempt);
}
