namespace K8sShop.Inventory.Stock;

/// <summary>What moved stock.</summary>
public enum LedgerEntryKind
{
    Receipt = 1,
    Correction = 2,
    Reservation = 3,
    Release = 4,
    Sale = 5,
    Return = 6,
}
