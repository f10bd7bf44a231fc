using K8sShop.ServiceDefaults.Data;

namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>What an <see cref="IdempotentConsumer{TMessage,TContext}"/> needs, bundled so consumers take one argument.</summary>
public sealed record Inbox<TContext>(TContext Db, DatabaseOwner<TContext> Owner, TimeProvider Clock)
    where TContext : ServiceDbContext;
