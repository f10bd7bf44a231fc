using K8sShop.Discounts.Catalog;

namespace K8sShop.Discounts.Evaluation;

/// <summary>
/// Decides which discounts an order gets; pure, so every rule is unit-tested without a database.
/// <list type="bullet">
/// <item>A code is refused when unknown or inactive, outside its window, its limit (global, or the customer's) is
/// used up counting uses held by unpaid orders, in another currency, per-customer-limited without a known customer,
/// without a line in scope, or when the order subtotal (all lines, before discounts) is below its minimum.
/// Automatic discounts (no code) are checked the same way and silently skipped.</item>
/// <item>Eligible discounts are taken by priority, highest first (ties: oldest id first). An exclusive
/// (non-stackable) one applies only if nothing applied before it, and then nothing after it; a stackable one
/// applies unless an exclusive one did. Codes left out are refused as <c>not-combinable</c>.</item>
/// <item>Each discount works on what earlier ones left of each line, so the total never exceeds the subtotal.
/// Percentage: per line, rounded half to even in minor units. Fixed amount: at most the in-scope remainder,
/// spread over the in-scope lines in proportion (largest remainder); with scope "all" it is reported as the
/// order discount instead of per line. Free shipping: sets the flag, amount 0. Buy X get Y: per X+Y in-scope
/// units, Y are free, the cheapest in-scope units overall.</item>
/// <item>A discount that would take off nothing (and is not free shipping) is not applied: <c>not-applicable</c>.</item>
/// </list>
/// </summary>
public static class DiscountRules
{
    /// <param name="request">Validated, with codes already upper-case and distinct.</param>
    /// <param name="forced">Discounts to refuse whatever they are (those whose use could not be reserved).</param>
    public static EvaluationResult Evaluate(
        EvaluationRequest request, IReadOnlyList<DiscountCandidate> candidates, DateTime nowUtc, IReadOnlyDictionary<Guid, string>? forced = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        var lines = request.Lines ?? [];
        var order = new OrderState(lines);
        var refused = new List<RefusedCode>();
        var eligible = new List<Discount>();
        var byCode = candidates.Where(c => c.Discount.Code is not null).ToDictionary(c => c.Discount.Code!, StringComparer.Ordinal);

        foreach (var code in request.Codes ?? [])
        {
            if (!byCode.TryGetValue(code, out var candidate) || !candidate.Discount.IsActive)
            {
                refused.Add(new RefusedCode(code, RefusalReasons.Unknown));
                continue;
            }

            var reason = Refusal(candidate, request, order, nowUtc, forced);
            if (reason is null)
            {
                eligible.Add(candidate.Discount);
            }
            else
            {
                refused.Add(new RefusedCode(code, reason));
            }
        }

        eligible.AddRange(candidates
            .Where(c => c.Discount.Code is null && c.Discount.IsActive && Refusal(c, request, order, nowUtc, forced) is null)
            .Select(c => c.Discount));

        var applied = new List<AppliedDiscount>();
        var exclusiveApplied = false;
        foreach (var discount in eligible.OrderByDescending(d => d.Priority).ThenBy(d => d.Id))
        {
            if (exclusiveApplied || (!discount.Stackable && applied.Count > 0))
            {
                Refuse(discount, RefusalReasons.NotCombinable, refused);
                continue;
            }

            var amount = order.Apply(discount);
            if (amount == 0 && discount.Kind != DiscountKind.FreeShipping)
            {
                Refuse(discount, RefusalReasons.NotApplicable, refused);
                continue;
            }

            applied.Add(new AppliedDiscount(discount.Id, discount.Code, discount.Name, amount));
            exclusiveApplied = !discount.Stackable;
        }

        return new EvaluationResult(
            request.Currency ?? "",
            lines.Select((l, i) => new LineDiscount(l.ProductId, order.LineDiscount[i])).ToList(),
            order.OrderDiscount,
            order.FreeShipping,
            applied,
            refused);
    }

    /// <summary>Whether a discount's lines include this one: category scopes need the line's category.</summary>
    public static bool InScope(Discount discount, EvaluationLine line)
    {
        ArgumentNullException.ThrowIfNull(discount);
        ArgumentNullException.ThrowIfNull(line);
        return discount.Scope switch
        {
            DiscountScope.Products => discount.ScopeIds.Contains(line.ProductId),
            DiscountScope.Categories => line.Categories.Any(discount.ScopeIds.Contains),
            _ => true,
        };
    }

    private static string? Refusal(DiscountCandidate candidate, EvaluationRequest request, OrderState order, DateTime nowUtc, IReadOnlyDictionary<Guid, string>? forced)
    {
        var d = candidate.Discount;
        if (forced is not null && forced.TryGetValue(d.Id, out var reason))
        {
            return reason;
        }

        if (d.StartsAtUtc is { } start && nowUtc < start)
        {
            return RefusalReasons.NotYetValid;
        }

        if (d.EndsAtUtc is { } end && nowUtc >= end)
        {
            return RefusalReasons.Expired;
        }

        if (d.PerCustomerLimit is not null && request.CustomerId is null)
        {
            return RefusalReasons.NotApplicable;
        }

        if ((d.UsageLimit is { } limit && d.Used + d.Reserved >= limit) || (d.PerCustomerLimit is { } perCustomer && candidate.CustomerUses >= perCustomer))
        {
            return RefusalReasons.LimitReached;
        }

        var needsCurrency = d.Kind == DiscountKind.FixedAmount || d.MinimumSubtotalMinor > 0;
        if (needsCurrency && !string.Equals(d.Currency, request.Currency, StringComparison.Ordinal))
        {
            return RefusalReasons.NotApplicable;
        }

        var scopedUnits = (request.Lines ?? []).Where(l => InScope(d, l)).Sum(l => (long)l.Quantity);
        if (scopedUnits == 0 || (d.Kind == DiscountKind.BuyXGetY && scopedUnits < d.BuyQuantity + d.GetQuantity))
        {
            return RefusalReasons.NotApplicable;
        }

        return order.Subtotal < d.MinimumSubtotalMinor ? RefusalReasons.MinimumNotMet : null;
    }

    private static void Refuse(Discount discount, string reason, List<RefusedCode> refused)
    {
        if (discount.Code is not null)
        {
            refused.Add(new RefusedCode(discount.Code, reason));
        }
    }
}
