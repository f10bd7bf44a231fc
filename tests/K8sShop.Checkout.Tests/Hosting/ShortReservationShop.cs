namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// The checkout shop with reservations that expire after five seconds, and an expiry scan that waits an hour, so
/// nothing expires until a test restarts stockcheck with <see cref="ScanningEverySecond"/>: the test, not the
/// machine's speed, decides whether an order is priced before its reservation runs out.
/// </summary>
public sealed class ShortReservationShop : CheckoutShop
{
    public static readonly IReadOnlyDictionary<string, string?> ScanningEverySecond = new Dictionary<string, string?>
    {
        ["Stockcheck:ExpiryScanInterval"] = "00:00:01",
    };

    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Stockcheck:ReservationTimeToLive"] = "00:00:05",
        ["Stockcheck:ExpiryScanInterval"] = "01:00:00",
    };
}
