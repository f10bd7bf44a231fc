using System.Diagnostics;
using System.Text.Json;
using K8sShop.Contracts;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace K8sShop.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: it owns the outbox and inbox tables, so that a service's
/// state change and the messages it causes are saved by one <c>SaveChanges</c>.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    /// <summary>
    /// Queues a message to be published once this context's changes commit. Nothing leaves the
    /// service if the transaction rolls back.
    /// </summary>
    public void Publish<TMessage>(TMessage message)
        where TMessage : class, IIntegrationMessage
    {
        ArgumentNullException.ThrowIfNull(message);
        var activity = Activity.Current;
        OutboxMessages.Add(new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(),
            MessageType = MessageTypes.NameOf(typeof(TMessage)),
            Body = JsonSerializer.Serialize(message, MessageTypes.SerializerOptions),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var queued = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (queued)
        {
            // Wake the dispatcher now rather than at its next poll. Inside an explicit transaction
            // it may find nothing committed yet; its poll picks the message up after the commit.
            (AppService(typeof(OutboxSignal<>).MakeGenericType(GetType())) as IOutboxSignal)?.Notify();
        }

        return written;
    }

    protected TimeProvider Clock => AppService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>An application service, or null when the context was built without a container (design time, tests).</summary>
    protected T? AppService<T>()
        where T : class => AppService(typeof(T)) as T;

    private object? AppService(Type type) =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(type);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => new { m.DispatchedAtUtc, m.Id });
            outbox.Property(m => m.MessageType).HasMaxLength(512);
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
        });
        modelBuilder.Entity<ProcessedMessage>(inbox =>
        {
            inbox.ToTable("processed_messages");
            inbox.HasKey(m => new { m.Consumer, m.MessageId });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
    }
}
