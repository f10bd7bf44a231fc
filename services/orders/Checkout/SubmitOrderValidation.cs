using K8sShop.Orders.Ordering;

namespace K8sShop.Orders.Checkout;

/// <summary>Checks a submitted order at the edge; each problem is reported under the field it concerns.</summary>
public static class SubmitOrderValidation
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 100;
    public const int MaxDiscountCodes = 5;
    public const int MaxDiscountCodeLength = 40;

    public static Dictionary<string, string[]> Validate(SubmitOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var lines = request.Lines ?? [];
        if (lines.Count is 0 or > MaxLines)
        {
            Add("lines", $"Between 1 and {MaxLines} lines.");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { ProductId: { } product } || product == Guid.Empty)
            {
                Add($"lines[{i}].productId", "A product id is required.");
            }

            if (lines[i]?.Quantity is not (>= 1 and <= MaxQuantity))
            {
                Add($"lines[{i}].quantity", $"Between 1 and {MaxQuantity}.");
            }
        }

        if (lines.Where(l => l?.ProductId is not null).GroupBy(l => l.ProductId).Any(g => g.Count() > 1))
        {
            Add("lines", "Each product on one line only.");
        }

        Address("shippingAddress", request.ShippingAddress, request.ShippingAddressId, Add);
        Address("billingAddress", request.BillingAddress, request.BillingAddressId, Add);

        var codes = request.DiscountCodes ?? [];
        if (codes.Count > MaxDiscountCodes)
        {
            Add("discountCodes", $"At most {MaxDiscountCodes} codes.");
        }

        if (codes.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MaxDiscountCodeLength))
        {
            Add("discountCodes", $"Each code has 1 to {MaxDiscountCodeLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(request.PaymentToken))
        {
            Add("paymentToken", "A payment token from the payment form is required.");
        }
        else if (PaymentTokens.LooksLikeCardNumber(request.PaymentToken))
        {
            Add("paymentToken", "This looks like a card number. The shop never accepts card numbers; send the payment form's token.");
        }
        else if (!PaymentTokens.IsWellFormed(request.PaymentToken))
        {
            Add("paymentToken", "Not a payment token.");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Address(string field, AddressInput? address, Guid? savedId, Action<string, string> add)
    {
        if (savedId is { } id)
        {
            if (address is not null)
            {
                add(field, $"Send an address or {field}Id, not both.");
            }
            else if (id == Guid.Empty)
            {
                add(field + "Id", "Not an address id.");
            }

            return;
        }

        if (address is null)
        {
            add(field, $"An address, or the id of a saved address in {field}Id, is required.");
            return;
        }

        Required(field + ".name", address.Name, OrderAddress.MaxNameLength, add);
        Required(field + ".line1", address.Line1, OrderAddress.MaxLineLength, add);
        if (address.Line2 is { Length: > OrderAddress.MaxLineLength })
        {
            add(field + ".line2", $"At most {OrderAddress.MaxLineLength} characters.");
        }

        Required(field + ".postalCode", address.PostalCode, OrderAddress.MaxPostalCodeLength, add);
        Required(field + ".city", address.City, OrderAddress.MaxCityLength, add);
        if (address.Country is not { Length: 2 } country || !country.All(char.IsAsciiLetter))
        {
            add(field + ".country", "A two-letter ISO 3166 country code.");
        }
    }

    private static void Required(string field, string? value, int maxLength, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(field, "A value is required.");
        }
        else if (value.Trim().Length > maxLength)
        {
            add(field, $"At most {maxLength} characters.");
        }
    }
}
