namespace K8sShop.ServiceDefaults.Data;

/// <summary>
/// Names the service that owns a DbContext. The embedded host holds nine services in one
/// container, so "which service am I" is answered per database, not per process.
/// </summary>
public sealed record DatabaseOwner<TContext>(ServiceIdentity Service)
    where TContext : ServiceDbContext;
