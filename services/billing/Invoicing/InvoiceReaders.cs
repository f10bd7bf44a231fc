using System.Security.Claims;
using K8sShop.ServiceDefaults.Auth;

namespace K8sShop.Billing.Invoicing;

/// <summary>Who may read which documents: support and admins every one, a customer only their own.</summary>
public static class InvoiceReaders
{
    public static bool SeesAll(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(ShopRoles.Support) || user.IsInRole(ShopRoles.Admin);
    }

    public static bool MayRead(ClaimsPrincipal user, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return SeesAll(user) || (user.IsInRole(ShopRoles.Customer) && OwnId(user) is { } own && own == invoice.CustomerId);
    }

    /// <summary>The signed-in customer's id as invoices store it, or null.</summary>
    public static string? OwnId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirst(ShopClaims.Subject)?.Value, out var id) ? InvoiceKeys.Customer(id) : null;
    }
}
