namespace K8sShop.Billing.Quotes;

/// <summary>A quote, or why there is none: the HTTP status to answer and the offending fields.</summary>
public sealed record QuoteOutcome(Quote? Quote, int Status, IDictionary<string, string[]> Errors)
{
    public static QuoteOutcome Of(Quote quote) => new(quote, StatusCodes.Status200OK, new Dictionary<string, string[]>());

    public static QuoteOutcome Refused(int status, IDictionary<string, string[]> errors) => new(null, status, errors);
}
