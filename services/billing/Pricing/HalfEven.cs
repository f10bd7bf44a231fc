namespace K8sShop.Billing.Pricing;

/// <summary>
/// Integer division rounded half to even ("banker's rounding"): ties go to the even neighbour, so
/// rounding many lines does not drift upwards the way half-up does. All money stays in long minor units.
/// </summary>
public static class HalfEven
{
    public static long Divide(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        var quotient = Math.DivRem(numerator, denominator, out var remainder);
        if (remainder == 0)
        {
            return quotient;
        }

        // Compare twice the remainder with the denominator without overflowing.
        var twice = Math.Abs(remainder) * 2;
        var direction = numerator < 0 ? -1 : 1;
        if (twice > denominator || (twice == denominator && quotient % 2 != 0))
        {
            return quotient + direction;
        }

        return quotient;
    }
}
