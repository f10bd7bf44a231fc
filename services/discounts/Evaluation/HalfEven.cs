namespace K8sShop.Discounts.Evaluation;

/// <summary>Integer division rounding half to even (banker's rounding), so percentages never drift one way.</summary>
public static class HalfEven
{
    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, both non-negative, rounded half to even.</summary>
    public static long Divide(long numerator, long denominator)
    {
        var quotient = Math.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        return twice > denominator || (twice == denominator && quotient % 2 == 1) ? quotient + 1 : quotient;
    }
}
