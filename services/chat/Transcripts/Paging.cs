namespace K8sShop.Chat.Transcripts;

/// <summary>Page and page size from the query string, validated once for every listing.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging asked for, or the validation errors to answer with.</summary>
    public static (Paging? Paging, Dictionary<string, string[]> Errors) From(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p is < 1 or > 100_000)
        {
            errors["page"] = ["page is between 1 and 100000."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }

        return (errors.Count == 0 ? new Paging(p, size) : null, errors);
    }
}
