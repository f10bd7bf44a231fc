using System.Text.RegularExpressions;

namespace K8sShop.Inventory.Admin;

/// <summary>Checks of the admin requests; each problem is reported under the field it concerns.</summary>
public static partial class AdminValidation
{
    public const long MaxPriceMinor = 100_000_000_00;
    public const int MaxSortOrder = 1_000_000;

    public static Dictionary<string, string[]> Of(CategoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        Slug(request.Slug, 100, errors);
        Text("name", request.Name, 1, 200, errors);
        if (request.SortOrder is < -MaxSortOrder or > MaxSortOrder)
        {
            errors["sortOrder"] = [$"The position is {-MaxSortOrder} to {MaxSortOrder}."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Of(ProductRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        Slug(request.Slug, 200, errors);
        Text("name", request.Name, 1, 200, errors);
        Text("description", request.Description, 0, 4000, errors);
        Text("imageUrl", request.ImageUrl, 0, 500, errors);
        if (request.Sku is null || !SkuPattern().IsMatch(request.Sku))
        {
            errors["sku"] = ["A SKU is 1 to 64 capital letters, digits and dashes."];
        }

        if (request.PriceMinor is < 0 or > MaxPriceMinor)
        {
            errors["priceMinor"] = [$"The price is 0 to {MaxPriceMinor} minor units."];
        }

        if (request.Currency is null || !CurrencyPattern().IsMatch(request.Currency))
        {
            errors["currency"] = ["The currency is an ISO 4217 code such as EUR."];
        }

        if (request.TaxClass is null || !SlugPattern().IsMatch(request.TaxClass) || request.TaxClass.Length > 32)
        {
            errors["taxClass"] = ["The tax class is a short lower-case code such as standard."];
        }

        if (request.CategoryId == Guid.Empty)
        {
            errors["categoryId"] = ["A product belongs to a category."];
        }

        var attributes = request.Attributes ?? new Dictionary<string, string>();
        if (attributes.Count > 30 || attributes.Any(a => a.Key.Length is 0 or > 50 || a.Value is null || a.Value.Length is 0 or > 100))
        {
            errors["attributes"] = ["At most 30 attributes; names up to 50 and values up to 100 characters."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Reason(string? reason)
    {
        var errors = new Dictionary<string, string[]>();
        Text("reason", reason, 1, 500, errors);
        return errors;
    }

    private static void Slug(string? slug, int max, Dictionary<string, string[]> errors)
    {
        if (slug is null || slug.Length > max || !SlugPattern().IsMatch(slug))
        {
            errors["slug"] = [$"A slug is lower-case words of letters and digits joined by dashes, at most {max} characters."];
        }
    }

    private static void Text(string field, string? value, int min, int max, Dictionary<string, string[]> errors)
    {
        if ((value?.Length ?? 0) < min || (value?.Length ?? 0) > max || (min > 0 && string.IsNullOrWhiteSpace(value)))
        {
            errors[field] = [$"{field} is {min} to {max} characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,63}$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
