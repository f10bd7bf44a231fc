using System.Text.Json;
using K8sShop.Contracts.Ordering;

namespace K8sShop.Billing.Orders;

/// <summary>The billing address a priced order keeps, as the one line an invoice prints.</summary>
public static class BillingAddress
{
    public static string? Line(string addressJson)
    {
        var address = JsonSerializer.Deserialize<PostalAddress>(addressJson, JsonSerializerOptions.Web);
        if (address is null)
        {
            return null;
        }

        var parts = new[] { address.Name, address.Line1, address.Line2, $"{address.PostalCode} {address.City}".Trim(), address.Country };
        var line = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return line.Length > 500 ? line[..500] : line;
    }
}
