using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Stock;

namespace K8sShop.Inventory.Seeding;

/// <summary>
/// A realistic demo catalog, generated deterministically: the same ids, names, prices and stock on every
/// machine and every run (a fixed random seed, ids hashed from stable keys), so links and tests hold.
/// 6 categories with 3 sub-categories each and 12 products per sub-category (216 products).
/// </summary>
public sealed class CatalogSeed
{
    public const int ProductsPerSubCategory = 12;
    private static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly (string Slug, string Name, string[] Subs, string[] Nouns, string[] Brands, string TaxClass, (long Min, long Max) Price, string[] Extra)[] Tree =
    [
        ("clothing", "Clothing", ["t-shirts", "jackets", "shoes"], ["T-Shirt", "Jacket", "Sneaker"], ["Northwind", "Lumen", "Fjell", "Urbanite"], "standard", (1_500, 24_000), ["size:XS,S,M,L,XL", "material:cotton,wool,polyester,leather"]),
        ("electronics", "Electronics", ["headphones", "phones", "laptops"], ["Headphones", "Phone", "Laptop"], ["Voltix", "Sonora", "Pixelon", "Kestrel"], "standard", (2_900, 249_900), ["storage:64 GB,128 GB,256 GB,512 GB", "warranty:1 year,2 years,3 years"]),
        ("home-kitchen", "Home & Kitchen", ["cookware", "furniture", "lighting"], ["Pan", "Chair", "Lamp"], ["Hearth", "Oakline", "Lumina", "Casa"], "standard", (900, 89_900), ["material:steel,oak,glass,ceramic", "room:kitchen,living room,bedroom,office"]),
        ("books", "Books", ["fiction", "non-fiction", "childrens-books"], ["Novel", "Guide", "Picture Book"], ["Quill Press", "Harbor Books", "Lantern", "Maple House"], "reduced", (599, 4_999), ["format:paperback,hardcover,e-book", "language:English,German,French"]),
        ("sports-outdoors", "Sports & Outdoors", ["cycling", "camping", "fitness"], ["Bike Helmet", "Tent", "Kettlebell"], ["Summit", "Velo", "Trailhead", "Forge"], "standard", (1_200, 59_900), ["size:S,M,L", "weight:light,medium,heavy"]),
        ("toys-games", "Toys & Games", ["board-games", "puzzles", "building-sets"], ["Board Game", "Puzzle", "Building Set"], ["Playwise", "Brickly", "Tinker", "Meeple Co"], "standard", (799, 14_999), ["age:3+,6+,8+,12+", "players:1,2-4,2-6"]),
    ];

    private static readonly string[] Adjectives =
        ["Classic", "Urban", "Alpine", "Compact", "Deluxe", "Everyday", "Nordic", "Vintage", "Pro", "Eco", "Midnight", "Coastal", "Rapid", "Cosy", "Bold", "Silent"];

    private static readonly string[] Colours = ["Black", "White", "Red", "Blue", "Green", "Grey", "Yellow", "Navy"];

    public List<Category> Categories { get; } = [];

    public List<Product> Products { get; } = [];

    public List<ProductAttributeValue> Attributes { get; } = [];

    public List<StockLevel> Levels { get; } = [];

    public static CatalogSeed Generate()
    {
        var seed = new CatalogSeed();
#pragma warning disable CA5394 // a fixed seed for reproducible demo data, not security
        var random = new Random(20261124);
        var number = 0;
        for (var t = 0; t < Tree.Length; t++)
        {
            var top = Tree[t];
            var topId = IdOf("category:" + top.Slug);
            seed.Categories.Add(new Category { Id = topId, Slug = top.Slug, Name = top.Name, SortOrder = t, CreatedAtUtc = Epoch, UpdatedAtUtc = Epoch });
            for (var s = 0; s < top.Subs.Length; s++)
            {
                var subSlug = top.Subs[s];
                var subId = IdOf("category:" + subSlug);
                seed.Categories.Add(new Category
                {
                    Id = subId, ParentId = topId, Slug = subSlug, Name = Title(subSlug), SortOrder = s, CreatedAtUtc = Epoch, UpdatedAtUtc = Epoch,
                });
                for (var i = 0; i < ProductsPerSubCategory; i++)
                {
                    number++;
                    var brand = top.Brands[random.Next(top.Brands.Length)];
                    var colour = Colours[random.Next(Colours.Length)];
                    var name = $"{brand} {Adjectives[random.Next(Adjectives.Length)]} {top.Nouns[s]} {number:000}";
                    var sku = $"{top.Slug[..3].ToUpperInvariant()}-{number:0000}";
                    var attributes = new Dictionary<string, string> { ["brand"] = brand, ["colour"] = colour };
                    foreach (var extra in top.Extra)
                    {
                        var parts = extra.Split(':');
                        var values = parts[1].Split(',');
                        attributes[parts[0]] = values[random.Next(values.Length)];
                    }

                    var price = top.Price.Min + (random.NextInt64(top.Price.Max - top.Price.Min) / 100 * 100) + 99;
                    var created = Epoch.AddHours(number * 7);
                    var id = IdOf("product:" + sku);
                    seed.Products.Add(new Product
                    {
                        Id = id,
                        Sku = sku,
                        Slug = $"{Slugify(name)}",
                        Name = name,
                        Description = $"The {name} by {brand}: a {colour.ToLowerInvariant()} {top.Nouns[s].ToLowerInvariant()} from our {Title(subSlug).ToLowerInvariant()} range. "
                            + string.Join(", ", attributes.Select(a => $"{a.Key} {a.Value}")) + ".",
                        PriceMinor = price,
                        Currency = "EUR",
                        TaxClass = top.TaxClass,
                        CategoryId = subId,
                        AttributesJson = JsonSerializer.Serialize(attributes),
                        ImageUrl = ProductImages.UrlFor(sku),
                        IsActive = number % 37 != 0, // a few retired products
                        CreatedAtUtc = created,
                        UpdatedAtUtc = created,
                    });
                    seed.Attributes.AddRange(attributes.Select(a => new ProductAttributeValue { ProductId = id, Name = a.Key, Value = a.Value.ToLowerInvariant() }));
                    var onHand = random.Next(8) == 0 ? 0 : random.Next(1, 120); // about one in eight sold out
                    seed.Levels.Add(new StockLevel { ProductId = id, OnHand = onHand, Version = onHand > 0 ? 1 : 0, UpdatedAtUtc = created });
                }
            }
        }
#pragma warning restore CA5394

        return seed;
    }

    private static Guid IdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes("k8sshop-seed:" + key)).AsSpan(0, 16));

    private static string Title(string slug) =>
        string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])).Replace("Childrens", "Children's", StringComparison.Ordinal);

    private static string Slugify(string name) =>
        string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));
}
