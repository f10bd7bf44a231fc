using K8sShop.Discounts.Catalog;

namespace K8sShop.Discounts.Evaluation;

/// <summary>An order's lines as discounts are applied one after another: what is left of each line, and what was taken where.</summary>
internal sealed class OrderState
{
    private readonly IReadOnlyList<EvaluationLine> _lines;
    private readonly long[] _remaining;

    public OrderState(IReadOnlyList<EvaluationLine> lines)
    {
        _lines = lines;
        _remaining = lines.Select(l => l.Quantity * l.UnitPriceMinor).ToArray();
        LineDiscount = new long[lines.Count];
        Subtotal = _remaining.Sum();
    }

    public long Subtotal { get; }

    /// <summary>Per request line, what line-level discounts took off.</summary>
    public long[] LineDiscount { get; }

    public long OrderDiscount { get; private set; }

    public bool FreeShipping { get; private set; }

    /// <summary>Applies one discount to what is left; returns what it took off in total.</summary>
    public long Apply(Discount discount) => discount.Kind switch
    {
        DiscountKind.Percentage => ApplyPercentage(discount),
        DiscountKind.FixedAmount => ApplyFixed(discount),
        DiscountKind.BuyXGetY => ApplyBuyXGetY(discount),
        DiscountKind.FreeShipping => ApplyFreeShipping(),
        _ => 0,
    };

    private long ApplyFreeShipping()
    {
        FreeShipping = true;
        return 0;
    }

    private long ApplyPercentage(Discount discount)
    {
        var percent = discount.PercentOff ?? 0;
        long total = 0;
        foreach (var i in Scoped(discount))
        {
            total += Take(i, HalfEven.Divide(_remaining[i] * percent, 100), toLine: true);
        }

        return total;
    }

    private long ApplyFixed(Discount discount)
    {
        var scoped = Scoped(discount).ToList();
        var pool = scoped.Sum(i => _remaining[i]);
        var take = Math.Min(discount.AmountMinor ?? 0, pool);
        if (take == 0)
        {
            return 0;
        }

        // Proportional shares, the rounding leftovers to the largest fractions (then the earliest line).
        var shares = scoped.Select(i => (Line: i, Exact: (Int128)take * _remaining[i])).ToList();
        var floors = shares.ToDictionary(s => s.Line, s => (long)(s.Exact / pool));
        var leftover = take - floors.Values.Sum();
        foreach (var s in shares.OrderByDescending(s => s.Exact % pool).ThenBy(s => s.Line).Take((int)leftover))
        {
            floors[s.Line]++;
        }

        var toLines = discount.Scope != DiscountScope.All;
        foreach (var (line, share) in floors)
        {
            Take(line, share, toLines);
        }

        if (!toLines)
        {
            OrderDiscount += take;
        }

        return take;
    }

    private long ApplyBuyXGetY(Discount discount)
    {
        var scoped = Scoped(discount).ToList();
        var units = scoped.Sum(i => (long)_lines[i].Quantity);
        var groupSize = (long)(discount.BuyQuantity ?? 0) + (discount.GetQuantity ?? 0);
        var free = groupSize == 0 ? 0 : units / groupSize * (discount.GetQuantity ?? 0);
        long total = 0;
        foreach (var i in scoped.OrderBy(i => _lines[i].UnitPriceMinor).ThenBy(i => i))
        {
            var count = Math.Min(free, _lines[i].Quantity);
            free -= count;
            total += Take(i, count * _lines[i].UnitPriceMinor, toLine: true);
        }

        return total;
    }

    private IEnumerable<int> Scoped(Discount discount) =>
        Enumerable.Range(0, _lines.Count).Where(i => DiscountRules.InScope(discount, _lines[i]));

    private long Take(int line, long wanted, bool toLine)
    {
        var amount = Math.Min(wanted, _remaining[line]);
        _remaining[line] -= amount;
        if (toLine)
        {
            LineDiscount[line] += amount;
        }

        return amount;
    }
}
