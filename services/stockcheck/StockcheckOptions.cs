namespace K8sShop.Stockcheck;

/// <summary>Configuration section <c>Stockcheck</c>.</summary>
public sealed class StockcheckOptions
{
    public const string Section = "Stockcheck";

    /// <summary>Most units of one product an order line may ask for.</summary>
    public int MaxQuantityPerLine { get; set; } = 20;

    /// <summary>Most lines one order may have (inventory reserves up to 100).</summary>
    public int MaxLines { get; set; } = 50;

    /// <summary>How long an unpaid reservation holds stock.</summary>
    public TimeSpan ReservationTimeToLive { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the expiry looks for reservations past their time.</summary>
    public TimeSpan ExpiryScanInterval { get; set; } = TimeSpan.FromSeconds(30);
}
