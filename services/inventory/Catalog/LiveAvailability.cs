using System.Runtime.CompilerServices;
using K8sShop.Inventory.Data;
using K8sShop.Inventory.Stock;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Catalog;

/// <summary>
/// <c>GET /api/catalog/availability?ids=a,b,c</c>: server-sent events with the current availability of
/// the products on screen, then every change of them until the client goes away.
/// </summary>
public static class LiveAvailability
{
    public const int MaxProducts = 100;

    public static RouteHandlerBuilder MapAvailabilityStream(this RouteGroupBuilder catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.MapGet("/availability", Open).WithName("catalog-availability")
            .WithSummary("Server-sent events: availability of the given products (ids=comma-separated), now and on every change.")
            .ProducesValidationProblem();
    }

    private static IResult Open(string? ids, AvailabilityFeed feed, IServiceScopeFactory scopes, HttpContext http)
    {
        var wanted = new HashSet<Guid>();
        foreach (var part in (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Guid.TryParse(part, out var id) || wanted.Count >= MaxProducts)
            {
                wanted.Clear();
                break;
            }

            wanted.Add(id);
        }

        if (wanted.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = [$"Give 1 to {MaxProducts} comma-separated product ids."] });
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(StreamAsync(wanted, feed, scopes, http.RequestAborted), "availability");
    }

    private static async IAsyncEnumerable<ProductAvailability> StreamAsync(
        HashSet<Guid> ids, AvailabilityFeed feed, IServiceScopeFactory scopes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = feed.Subscribe();
        List<StockLevelView> current;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            current = await db.StockLevels.AsNoTracking().Where(s => ids.Contains(s.ProductId))
                .Select(s => new StockLevelView(s.ProductId, s.OnHand, s.Reserved, s.OnHand - s.Reserved, s.Version))
                .ToListAsync(cancellationToken);
        }

        var versions = new Dictionary<Guid, long>();
        foreach (var level in current)
        {
            versions[level.ProductId] = level.Version;
            yield return Of(level);
        }

        while (await subscription.Changes.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (subscription.Changes.TryRead(out var level))
            {
                // Older than what was sent already (the snapshot raced the change): skip it.
                if (ids.Contains(level.ProductId) && (!versions.TryGetValue(level.ProductId, out var sent) || level.Version > sent))
                {
                    versions[level.ProductId] = level.Version;
                    yield return Of(level);
                }
            }
        }
    }

    private static ProductAvailability Of(StockLevelView level) => new(level.ProductId, Math.Max(0, level.Available), level.Available > 0, level.Version);
}
