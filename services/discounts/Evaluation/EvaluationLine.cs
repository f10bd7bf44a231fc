namespace K8sShop.Discounts.Evaluation;

/// <summary>
/// One order line. <paramref name="CategoryId"/> and <paramref name="CategoryIds"/> (the product's category
/// and the ones above it) are what the caller knows; a category scope matches any of them, and a line with
/// neither is out of every category scope.
/// </summary>
public sealed record EvaluationLine(Guid ProductId, Guid? CategoryId, int Quantity, long UnitPriceMinor, IReadOnlyList<Guid>? CategoryIds = null)
{
    /// <summary>Every category the line is in.</summary>
    public IEnumerable<Guid> Categories => CategoryId is { } own ? (CategoryIds ?? []).Prepend(own) : CategoryIds ?? [];
}
