namespace K8sShop.Stockcheck.Reservations;

/// <summary>
/// Stockcheck's record of one order: the answer it gave (kept to answer a re-submitted order the same
/// way) and, while reserved, when the reservation expires.
/// </summary>
public sealed class OrderReservation
{
    public Guid OrderId { get; set; }

    public OrderReservationStatus Status { get; set; }

    public DateTime? ExpiresAtUtc { get; set; }

    /// <summary>The lines of the StockReserved or StockRejected answer, as JSON.</summary>
    public string AnswerJson { get; set; } = "[]";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
