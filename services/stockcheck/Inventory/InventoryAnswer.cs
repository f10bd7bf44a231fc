namespace K8sShop.Stockcheck.Inventory;

/// <summary>How inventory answered a reserve, release or commit.</summary>
public enum InventoryAnswer
{
    Done,
    NotFound,
    Conflict,
    Insufficient,
}
