namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>The checkout shop with reservations that expire after twelve seconds (long enough to be priced, on a busy machine too), checked every second.</summary>
public sealed class ShortReservationShop : CheckoutShop
{
    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Stockcheck:ReservationTimeToLive"] = "00:00:12",
        ["Stockcheck:ExpiryScanInterval"] = "00:00:01",
    };
}
