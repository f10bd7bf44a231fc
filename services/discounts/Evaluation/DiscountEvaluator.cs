using K8sShop.Discounts.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Discounts.Evaluation;

/// <summary>Loads what <see cref="DiscountRules"/> needs for one request: the entered codes' discounts, the automatic ones, and the customer's uses.</summary>
public sealed class DiscountEvaluator(DiscountsDbContext db, TimeProvider clock)
{
    /// <summary>Evaluates a normalized request; reads only.</summary>
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var candidates = await CandidatesAsync(request, cancellationToken);
        return DiscountRules.Evaluate(request, candidates, clock.GetUtcNow().UtcDateTime);
    }

    public async Task<List<DiscountCandidate>> CandidatesAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var codes = (request.Codes ?? []).ToList();
        var discounts = await db.Discounts.AsNoTracking()
            .Where(d => d.IsActive && (d.Code == null || codes.Contains(d.Code)))
            .ToListAsync(cancellationToken);
        var uses = new Dictionary<Guid, int>();
        if (request.CustomerId is { } customer)
        {
            var ids = discounts.Where(d => d.PerCustomerLimit != null).Select(d => d.Id).ToList();
            uses = await db.CustomerUsages.AsNoTracking()
                .Where(u => u.CustomerId == customer && ids.Contains(u.DiscountId))
                .ToDictionaryAsync(u => u.DiscountId, u => u.Used + u.Reserved, cancellationToken);
        }

        return discounts.Select(d => new DiscountCandidate(d, uses.GetValueOrDefault(d.Id))).ToList();
    }
}
