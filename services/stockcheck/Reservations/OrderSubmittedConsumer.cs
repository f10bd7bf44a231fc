using System.Text.Json;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.ServiceDefaults.Messaging;
using K8sShop.Stockcheck.Data;
using K8sShop.Stockcheck.Inventory;
using Microsoft.Extensions.Options;

namespace K8sShop.Stockcheck.Reservations;

/// <summary>
/// The order-validation step of the checkout saga: checks every line, snapshots price and tax class,
/// reserves through inventory (all lines or none) and answers <see cref="StockReserved"/> or
/// <see cref="StockRejected"/>. An order seen before gets the same answer again and nothing else.
/// </summary>
public sealed partial class OrderSubmittedConsumer(
    Inbox<StockcheckDbContext> inbox, TimeProvider clock, InventoryClient inventory, IOptions<StockcheckOptions> options, ILogger<OrderSubmittedConsumer> logger)
    : IdempotentConsumer<OrderSubmitted, StockcheckDbContext>(inbox)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly StockcheckOptions _options = options.Value;

    protected override async Task HandleAsync(OrderSubmitted message, CancellationToken cancellationToken)
    {
        var known = await Db.Reservations.FindAsync([message.OrderId], cancellationToken);
        if (known is not null)
        {
            Answer(known);
            return;
        }

        var now = clock.GetUtcNow();
        var rejected = CheckShape(message);
        IReadOnlyList<InventoryProduct> products = [];
        if (rejected.Count == 0)
        {
            products = await inventory.LookupAsync(message.Lines.Select(l => l.ProductId).ToList(), cancellationToken);
            rejected = CheckProducts(message, products);
        }

        if (rejected.Count == 0)
        {
            var (answer, shortfalls) = await inventory.ReserveAsync(message.OrderId, message.Lines, cancellationToken);
            if (answer == InventoryAnswer.Done)
            {
                var byId = products.ToDictionary(p => p.ProductId);
                var lines = message.Lines
                    .Select(l => byId[l.ProductId])
                    .Zip(message.Lines, (p, l) => new ReservedLine(p.ProductId, p.Sku, p.Name, l.Quantity, p.PriceMinor, p.Currency, p.TaxClass, p.CategoryIds ?? []))
                    .ToList();
                var expires = now + _options.ReservationTimeToLive;
                Record(message.OrderId, OrderReservationStatus.Reserved, expires.UtcDateTime, lines, now);
                Db.Publish(new StockReserved(message.OrderId, lines, expires));
                LogReserved(logger, message.OrderId, lines.Count);
                return;
            }

            rejected = shortfalls.Count > 0
                ? shortfalls.Select(s => new RejectedLine(
                    s.ProductId, s.Requested, s.KnownProduct ? StockRejectionReasons.InsufficientStock : StockRejectionReasons.UnknownProduct,
                    s.KnownProduct ? s.Available : null)).ToList()
                : message.Lines.Select(l => new RejectedLine(l.ProductId, l.Quantity, StockRejectionReasons.InvalidOrder)).ToList();
        }

        Record(message.OrderId, OrderReservationStatus.Rejected, null, rejected, now);
        Db.Publish(new StockRejected(message.OrderId, rejected));
        LogRejected(logger, message.OrderId, rejected.Count);
    }

    private List<RejectedLine> CheckShape(OrderSubmitted message)
    {
        var lines = message.Lines ?? [];
        if (lines.Count == 0 || lines.Count > _options.MaxLines)
        {
            return [new RejectedLine(Guid.Empty, 0, StockRejectionReasons.InvalidOrder)];
        }

        var duplicates = lines.GroupBy(l => l.ProductId).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return lines
            .Select(l => duplicates.Contains(l.ProductId) ? new RejectedLine(l.ProductId, l.Quantity, StockRejectionReasons.DuplicateLine)
                : l.Quantity < 1 || l.Quantity > _options.MaxQuantityPerLine ? new RejectedLine(l.ProductId, l.Quantity, StockRejectionReasons.QuantityOutOfRange)
                : null)
            .OfType<RejectedLine>()
            .ToList();
    }

    private static List<RejectedLine> CheckProducts(OrderSubmitted message, IReadOnlyList<InventoryProduct> products)
    {
        var byId = products.ToDictionary(p => p.ProductId);
        return message.Lines
            .Select(l => !byId.TryGetValue(l.ProductId, out var p) ? new RejectedLine(l.ProductId, l.Quantity, StockRejectionReasons.UnknownProduct)
                : !p.Active ? new RejectedLine(l.ProductId, l.Quantity, StockRejectionReasons.Inactive)
                : null)
            .OfType<RejectedLine>()
            .ToList();
    }

    private void Record<TLine>(Guid orderId, OrderReservationStatus status, DateTime? expiresAtUtc, IReadOnlyList<TLine> lines, DateTimeOffset now) =>
        Db.Reservations.Add(new OrderReservation
        {
            OrderId = orderId,
            Status = status,
            ExpiresAtUtc = expiresAtUtc,
            AnswerJson = JsonSerializer.Serialize(lines, Json),
            CreatedAtUtc = now.UtcDateTime,
            UpdatedAtUtc = now.UtcDateTime,
        });

    /// <summary>The same answer as the first time, for an order submitted again (a new message id, the same order).</summary>
    private void Answer(OrderReservation known)
    {
        if (known.Status == OrderReservationStatus.Rejected)
        {
            Db.Publish(new StockRejected(known.OrderId, JsonSerializer.Deserialize<List<RejectedLine>>(known.AnswerJson, Json) ?? []));
        }
        else if (known.Status == OrderReservationStatus.Reserved && known.ExpiresAtUtc is { } expires)
        {
            Db.Publish(new StockReserved(known.OrderId, JsonSerializer.Deserialize<List<ReservedLine>>(known.AnswerJson, Json) ?? [], new DateTimeOffset(expires, TimeSpan.Zero)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: {Lines} lines reserved")]
    private static partial void LogReserved(ILogger logger, Guid orderId, int lines);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: rejected, {Lines} lines cannot be served")]
    private static partial void LogRejected(ILogger logger, Guid orderId, int lines);
}
