using System.Globalization;

namespace K8sShop.Inventory.Catalog;

/// <summary>The validated query string of <c>GET /api/catalog/products</c>.</summary>
public sealed record ProductQuery(
    string? Category, string? Text, long? MinPrice, long? MaxPrice, IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    bool InStock, ProductSort Sort, int Page, int PageSize)
{
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;
    public const int MaxAttributeFilters = 10;
    private const string AttributePrefix = "attr.";

    /// <summary>Reads the query string; every problem is reported, none throws.</summary>
    public static ProductQuery? Parse(IQueryCollection query, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        errors = [];
        var category = Single(query, "category", 100, errors);
        var text = Single(query, "q", MaxTextLength, errors);
        var minPrice = Number(query, "minPrice", 0, long.MaxValue, errors);
        var maxPrice = Number(query, "maxPrice", 0, long.MaxValue, errors);
        var page = (int)(Number(query, "page", 1, 100_000, errors) ?? 1);
        var pageSize = (int)(Number(query, "pageSize", 1, MaxPageSize, errors) ?? DefaultPageSize);
        if (minPrice > maxPrice)
        {
            errors["minPrice"] = ["minPrice must not exceed maxPrice."];
        }

        var inStock = false;
        var inStockText = Single(query, "inStock", 5, errors);
        if (inStockText is not null && !bool.TryParse(inStockText, out inStock))
        {
            errors["inStock"] = ["inStock is true or false."];
        }

        var sort = (Single(query, "sort", 20, errors) ?? "relevance").ToLowerInvariant() switch
        {
            "relevance" => ProductSort.Relevance,
            "price" => ProductSort.Price,
            "price-desc" => ProductSort.PriceDesc,
            "newest" => ProductSort.Newest,
            "name" => ProductSort.Name,
            _ => (ProductSort?)null,
        };
        if (sort is null)
        {
            errors["sort"] = ["sort is one of relevance, price, price-desc, newest, name."];
        }

        var attributes = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (key, values) in query.Where(q => q.Key.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase)))
        {
            var name = key[AttributePrefix.Length..].ToLowerInvariant();
            var wanted = values.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct().ToList();
            if (name.Length is 0 or > 50 || wanted.Count is 0 or > 20 || wanted.Any(v => v.Length > 100))
            {
                errors[key] = ["Attribute filters look like attr.colour=red,blue (names up to 50, values up to 100 characters)."];
                continue;
            }

            attributes[name] = wanted;
        }

        if (attributes.Count > MaxAttributeFilters)
        {
            errors["attr"] = [$"At most {MaxAttributeFilters} attribute filters."];
        }

        return errors.Count > 0
            ? null
            : new ProductQuery(category, string.IsNullOrWhiteSpace(text) ? null : text.Trim(), minPrice, maxPrice, attributes, inStock, sort!.Value, page, pageSize);
    }

    private static string? Single(IQueryCollection query, string name, int maxLength, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count != 1 || values[0] is null || values[0]!.Length > maxLength)
        {
            errors[name] = [$"{name} is given once, at most {maxLength} characters."];
            return null;
        }

        return values[0];
    }

    private static long? Number(IQueryCollection query, string name, long min, long max, Dictionary<string, string[]> errors)
    {
        var text = Single(query, name, 20, errors);
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [$"{name} is a whole number from {min} to {max}."];
            return null;
        }

        return value;
    }
}
