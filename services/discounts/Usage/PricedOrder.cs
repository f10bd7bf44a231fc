namespace K8sShop.Discounts.Usage;

/// <summary>
/// An order whose discounts were reserved, with the answer given. Its key claims the order, so a repeated or
/// concurrent reservation for the same order returns this answer and holds nothing more.
/// </summary>
public sealed class PricedOrder
{
    public Guid OrderId { get; set; }

    public string AnswerJson { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
