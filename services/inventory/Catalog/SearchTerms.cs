namespace K8sShop.Inventory.Catalog;

/// <summary>
/// A search text split into words (letters and digits only, so nothing reaches SQL as syntax). On MySQL
/// the words a FULLTEXT index knows (3+ characters, not a stop word) go to <c>MATCH ... AGAINST</c> in
/// boolean mode as required prefixes; the others are matched with LIKE, as every word is on SQLite.
/// </summary>
public sealed class SearchTerms
{
    public const int MaxTerms = 8;

    // InnoDB's default stop words and minimum token size (innodb_ft_min_token_size = 3).
    private static readonly HashSet<string> StopWords =
    [
        "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is", "it",
        "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www",
    ];

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public static SearchTerms Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        return new SearchTerms(words.Distinct().Take(MaxTerms).ToList());
    }

    public IEnumerable<string> FullTextWords => Words.Where(w => w.Length >= 3 && !StopWords.Contains(w));

    public IEnumerable<string> LikeWords(bool fullTextAvailable) => fullTextAvailable ? Words.Except(FullTextWords) : Words;

    /// <summary>The boolean-mode expression: every word required, as a prefix.</summary>
    public string BooleanQuery => string.Join(' ', FullTextWords.Select(w => "+" + w + "*"));
}
