using System.Text.RegularExpressions;
using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Evaluation;

namespace K8sShop.Discounts.Admin;

/// <summary>Checks an admin's discount; each problem is reported under the field it concerns.</summary>
public static partial class DiscountValidation
{
    public const int MaxScopeIds = 500;
    public const long MaxAmountMinor = 100_000_000_00;

    public static Dictionary<string, string[]> Check(DiscountRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (request.Code is not null && !CodePattern().IsMatch(DiscountCodes.Normalize(request.Code)))
        {
            errors["code"] = [$"A code is 3 to {DiscountCodes.MaxLength} letters, digits, dashes or underscores; leave it out for an automatic discount."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            errors["name"] = ["The name is 1 to 200 characters."];
        }

        switch (request.Kind)
        {
            case null:
                errors["kind"] = ["The kind is Percentage, FixedAmount, FreeShipping or BuyXGetY."];
                break;
            case DiscountKind.Percentage when request.PercentOff is not (>= 1 and <= 100):
                errors["percentOff"] = ["A percentage is 1 to 100."];
                break;
            case DiscountKind.FixedAmount when request.AmountMinor is not (> 0 and <= MaxAmountMinor):
                errors["amountMinor"] = [$"The amount is 1 to {MaxAmountMinor} minor units."];
                break;
            case DiscountKind.BuyXGetY:
                if (request.BuyQuantity is not (>= 1 and <= 1000))
                {
                    errors["buyQuantity"] = ["Buy X needs X of 1 to 1000."];
                }

                if (request.GetQuantity is not (>= 1 and <= 1000))
                {
                    errors["getQuantity"] = ["Get Y needs Y of 1 to 1000."];
                }

                if (request.Scope is not (DiscountScope.Categories or DiscountScope.Products))
                {
                    errors["scope"] = ["Buy X get Y is scoped to categories or products."];
                }

                break;
        }

        var scope = request.Scope ?? DiscountScope.All;
        var ids = request.ScopeIds ?? [];
        if (scope == DiscountScope.All && ids.Count > 0)
        {
            errors["scopeIds"] = ["A discount on everything lists no ids."];
        }
        else if (scope != DiscountScope.All && (ids.Count is 0 or > MaxScopeIds || ids.Contains(Guid.Empty)))
        {
            errors["scopeIds"] = [$"A scoped discount lists 1 to {MaxScopeIds} category or product ids."];
        }

        if (request.MinimumSubtotalMinor is < 0 or > MaxAmountMinor)
        {
            errors["minimumSubtotalMinor"] = [$"The minimum subtotal is 0 to {MaxAmountMinor} minor units."];
        }

        var needsCurrency = request.Kind == DiscountKind.FixedAmount || request.MinimumSubtotalMinor > 0;
        if (needsCurrency ? request.Currency is null || !CurrencyPattern().IsMatch(request.Currency) : request.Currency is not null && !CurrencyPattern().IsMatch(request.Currency))
        {
            errors["currency"] = ["An amount needs an ISO 4217 currency such as EUR."];
        }

        if (request.StartsAt is { } start && request.EndsAt is { } end && start >= end)
        {
            errors["endsAt"] = ["The window ends after it starts."];
        }

        if (request.UsageLimit is < 1)
        {
            errors["usageLimit"] = ["A usage limit is at least 1; leave it out for no limit."];
        }

        if (request.PerCustomerLimit is < 1)
        {
            errors["perCustomerLimit"] = ["A per-customer limit is at least 1; leave it out for no limit."];
        }

        if (request.Priority is < -1000 or > 1000)
        {
            errors["priority"] = ["The priority is -1000 to 1000."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Z0-9_-]{3,64}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
