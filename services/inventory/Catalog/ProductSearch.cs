using System.Text.Json;
using K8sShop.Inventory.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Catalog;

/// <summary>Runs a <see cref="ProductQuery"/>: filters, text search, sort and one page, with the total count.</summary>
public sealed class ProductSearch(InventoryDbContext db)
{
    /// <summary>Null when the query names a category that does not exist or that shoppers do not see.</summary>
    public async Task<ProductPage?> FindAsync(ProductQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var products = db.Products.AsNoTracking().Where(p => p.IsActive);
        if (query.Category is not null)
        {
            var categories = await CategoryWithChildrenAsync(query.Category, cancellationToken);
            if (categories is null)
            {
                return null;
            }

            products = products.Where(p => categories.Contains(p.CategoryId));
        }

        if (query.MinPrice is { } min)
        {
            products = products.Where(p => p.PriceMinor >= min);
        }

        if (query.MaxPrice is { } max)
        {
            products = products.Where(p => p.PriceMinor <= max);
        }

        foreach (var (name, values) in query.Attributes)
        {
            products = products.Where(p => db.ProductAttributes.Any(a => a.ProductId == p.Id && a.Name == name && values.Contains(a.Value)));
        }

        if (query.InStock)
        {
            products = products.Where(p => db.StockLevels.Any(s => s.ProductId == p.Id && s.OnHand - s.Reserved > 0));
        }

        var fullText = db.Database.IsMySql();
        SearchTerms? terms = query.Text is null ? null : SearchTerms.Parse(query.Text);
        if (terms is not null)
        {
            if (fullText && terms.FullTextWords.Any())
            {
                var expression = terms.BooleanQuery;
                products = products.Where(p => EF.Functions.IsMatch(new[] { p.Name, p.Description }, expression, MySqlMatchSearchMode.Boolean));
            }

            foreach (var word in terms.LikeWords(fullText))
            {
                var pattern = "%" + word + "%";
                products = products.Where(p => EF.Functions.Like(p.Name, pattern) || EF.Functions.Like(p.Description, pattern));
            }
        }

        var total = await products.CountAsync(cancellationToken);
        var sorted = Sort(products, query.Sort, terms, fullText);
        var rows = await sorted
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(p => new
            {
                Product = p,
                Available = db.StockLevels.Where(s => s.ProductId == p.Id).Select(s => s.OnHand - s.Reserved).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ProductSummary(
            r.Product.Id, r.Product.Sku, r.Product.Slug, r.Product.Name, r.Product.PriceMinor, r.Product.Currency, r.Product.ImageUrl,
            r.Product.CategoryId, AttributesOf(r.Product), Math.Max(0, r.Available), r.Available > 0)).ToList();
        return new ProductPage(items, total, query.Page, query.PageSize);
    }

    public async Task<ProductDetail?> FindOneAsync(Guid? id, string? slug, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking()
            .Where(p => p.IsActive && (id != null ? p.Id == id : p.Slug == slug))
            .SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return null;
        }

        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == product.CategoryId, cancellationToken);
        var parent = category.ParentId is { } parentId ? await db.Categories.AsNoTracking().SingleAsync(c => c.Id == parentId, cancellationToken) : null;
        var available = await db.StockLevels.Where(s => s.ProductId == product.Id).Select(s => s.OnHand - s.Reserved).FirstOrDefaultAsync(cancellationToken);
        return new ProductDetail(
            product.Id, product.Sku, product.Slug, product.Name, product.Description, product.PriceMinor, product.Currency, product.TaxClass,
            product.ImageUrl, Ref(category), parent is null ? null : Ref(parent), AttributesOf(product), Math.Max(0, available), available > 0,
            product.CreatedAtUtc, product.UpdatedAtUtc);
    }

    /// <summary>The categories shoppers see: inactive ones are left out, and so are the sub-categories of an inactive one.</summary>
    public async Task<IReadOnlyList<CategoryNode>> TreeAsync(CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return all.Where(c => c.ParentId is null)
            .Select(top => new CategoryNode(top.Id, top.Slug, top.Name, all.Where(c => c.ParentId == top.Id).Select(c => new CategoryNode(c.Id, c.Slug, c.Name, [])).ToList()))
            .ToList();
    }

    /// <summary>
    /// A category shoppers see and its active sub-categories; null for an unknown category and for a hidden
    /// one (inactive, or under an inactive parent), whose page does not exist for shoppers.
    /// </summary>
    private async Task<List<Guid>?> CategoryWithChildrenAsync(string slugOrId, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(slugOrId, out var id);
        var category = await db.Categories.AsNoTracking()
            .Where(c => byId ? c.Id == id : c.Slug == slugOrId)
            .Where(c => c.IsActive && (c.ParentId == null || db.Categories.Any(parent => parent.Id == c.ParentId && parent.IsActive)))
            .Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (category is not { } found)
        {
            return null;
        }

        var children = await db.Categories.AsNoTracking().Where(c => c.ParentId == found && c.IsActive).Select(c => c.Id).ToListAsync(cancellationToken);
        return [found, .. children];
    }

    private static IOrderedQueryable<Catalog.Product> Sort(IQueryable<Catalog.Product> products, ProductSort sort, SearchTerms? terms, bool fullText)
    {
        switch (sort)
        {
            case ProductSort.Price:
                return products.OrderBy(p => p.PriceMinor).ThenBy(p => p.Id);
            case ProductSort.PriceDesc:
                return products.OrderByDescending(p => p.PriceMinor).ThenBy(p => p.Id);
            case ProductSort.Name:
                return products.OrderBy(p => p.Name).ThenBy(p => p.Id);
            case ProductSort.Relevance when terms is not null && fullText && terms.FullTextWords.Any():
                var expression = terms.BooleanQuery;
                return products.OrderByDescending(p => EF.Functions.Match(new[] { p.Name, p.Description }, expression, MySqlMatchSearchMode.Boolean))
                    .ThenByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id);
            case ProductSort.Relevance when terms is not null && terms.Words.Count > 0:
                // The honest fallback without FULLTEXT: products whose name holds the first word come first.
                var pattern = "%" + terms.Words[0] + "%";
                return products.OrderBy(p => EF.Functions.Like(p.Name, pattern) ? 0 : 1).ThenByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id);
            default:
                return products.OrderByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id);
        }
    }

    private static CategoryRef Ref(Category category) => new(category.Id, category.Slug, category.Name);

    private static Dictionary<string, string> AttributesOf(Catalog.Product product) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(product.AttributesJson) ?? [];
}
