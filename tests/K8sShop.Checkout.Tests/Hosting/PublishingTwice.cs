using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// Test-only: after a host publishes a message, publishes it once more with the same message id, as a broker
/// redelivery or an outbox re-dispatch after a crash would. Each consumer so really receives two deliveries over
/// RabbitMQ, often at the same moment on two of its concurrent consumers.
/// </summary>
public sealed class PublishingTwice(IServiceProvider services) : IPublishObserver
{
    /// <summary>Marks the copy, which is not copied again.</summary>
    public const string CopyHeader = "K8sShop-Test-Copy";

    private long _copies;

    /// <summary>Copies published so far by this host.</summary>
    public long Copies => Interlocked.Read(ref _copies);

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public async Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Headers.TryGetHeader(CopyHeader, out _))
        {
            return;
        }

        var messageId = context.MessageId;
        await services.GetRequiredService<IBus>().Publish(
            context.Message,
            Pipe.Execute<PublishContext<T>>(copy =>
            {
                copy.MessageId = messageId;
                copy.Headers.Set(CopyHeader, "true");
            }),
            context.CancellationToken);
        Interlocked.Increment(ref _copies);
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
