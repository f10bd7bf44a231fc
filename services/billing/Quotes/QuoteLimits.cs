using System.Globalization;

namespace K8sShop.Billing.Quotes;

/// <summary>What a quote request may hold; checked before anything is looked up, so a bad cart costs no call to another service.</summary>
public static class QuoteLimits
{
    /// <summary>Inventory's lookup takes at most this many products.</summary>
    public const int MaxLines = 100;
    public const int MaxCodes = 5;
    public const int MaxCodeLength = 64;

    public static Dictionary<string, string[]> Check(QuoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (request.Lines is not { Count: > 0 and <= MaxLines } lines)
        {
            errors["lines"] = [$"Give between 1 and {MaxLines} lines."];
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"lines[{i}]");
                if (lines[i] is null || lines[i].ProductId == Guid.Empty)
                {
                    errors[field + ".productId"] = ["Every line needs a product id."];
                }
                else if (lines[i].Quantity is < 1 or > Pricing.PriceCalculator.MaxQuantity)
                {
                    errors[field + ".quantity"] = [$"The quantity must be between 1 and {Pricing.PriceCalculator.MaxQuantity}."];
                }
            }

            if (lines.Where(l => l is not null).GroupBy(l => l.ProductId).Any(g => g.Count() > 1))
            {
                errors["lines"] = ["Each product may appear on one line only."];
            }
        }

        if (request.ShippingCountry is not { Length: 2 } country || !country.All(char.IsAsciiLetterUpper))
        {
            errors["shippingCountry"] = ["The shipping country must be an ISO 3166 alpha-2 code such as FR."];
        }

        var codes = request.DiscountCodes ?? [];
        if (codes.Count > MaxCodes)
        {
            errors["discountCodes"] = [$"Give at most {MaxCodes} discount codes."];
        }
        else if (codes.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MaxCodeLength))
        {
            errors["discountCodes"] = [$"A discount code has between 1 and {MaxCodeLength} characters."];
        }

        return errors;
    }
}
