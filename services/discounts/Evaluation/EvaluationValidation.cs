using System.Text.RegularExpressions;

namespace K8sShop.Discounts.Evaluation;

/// <summary>Checks an evaluation request at the edge and brings its codes to their stored form (trimmed, upper-case, distinct).</summary>
public static partial class EvaluationValidation
{
    public const int MaxLines = 200;
    public const int MaxCodes = 10;
    public const int MaxQuantity = 10_000;
    public const long MaxUnitPriceMinor = 10_000_000_000;
    public const int MaxCategoriesPerLine = 8;

    public static Dictionary<string, string[]> Check(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (request.Currency is null || !CurrencyPattern().IsMatch(request.Currency))
        {
            errors["currency"] = ["The currency is an ISO 4217 code such as EUR."];
        }

        var lines = request.Lines ?? [];
        if (lines.Count is 0 or > MaxLines)
        {
            errors["lines"] = [$"An order has 1 to {MaxLines} lines."];
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null || line.ProductId == Guid.Empty)
            {
                errors[$"lines[{i}].productId"] = ["Each line names a product."];
                continue;
            }

            if (line.Quantity is < 1 or > MaxQuantity)
            {
                errors[$"lines[{i}].quantity"] = [$"The quantity is 1 to {MaxQuantity}."];
            }

            if (line.UnitPriceMinor is < 0 or > MaxUnitPriceMinor)
            {
                errors[$"lines[{i}].unitPriceMinor"] = [$"The unit price is 0 to {MaxUnitPriceMinor} minor units."];
            }

            if (line.CategoryIds is { Count: > MaxCategoriesPerLine })
            {
                errors[$"lines[{i}].categoryIds"] = [$"A line is in at most {MaxCategoriesPerLine} categories."];
            }
        }

        if (lines.Where(l => l is not null).GroupBy(l => l.ProductId).Any(g => g.Count() > 1))
        {
            errors["lines"] = ["Each product appears on one line only."];
        }

        var codes = request.Codes ?? [];
        if (codes.Count > MaxCodes)
        {
            errors["codes"] = [$"At most {MaxCodes} codes."];
        }
        else if (codes.Any(c => string.IsNullOrWhiteSpace(c) || c.Trim().Length > DiscountCodes.MaxLength))
        {
            errors["codes"] = [$"A code is 1 to {DiscountCodes.MaxLength} characters."];
        }

        return errors;
    }

    /// <summary>The request with its codes normalized; call after <see cref="Check"/> found nothing.</summary>
    public static EvaluationRequest Normalized(EvaluationRequest request, Guid? customerId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            CustomerId = customerId,
            Codes = (request.Codes ?? []).Select(DiscountCodes.Normalize).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
