using K8sShop.Billing.Pricing;
using Xunit;

namespace K8sShop.Billing.Tests;

public sealed class HalfEvenTests
{
    [Theory]
    [InlineData(25, 10, 2)]    // 2.5 → 2 (even)
    [InlineData(35, 10, 4)]    // 3.5 → 4 (even)
    [InlineData(26, 10, 3)]
    [InlineData(24, 10, 2)]
    [InlineData(-25, 10, -2)]
    [InlineData(-35, 10, -4)]
    [InlineData(-26, 10, -3)]
    [InlineData(100, 10, 10)]
    [InlineData(0, 10, 0)]
    [InlineData(5_000, 10_000, 0)] // 0.5 → 0
    [InlineData(15_000, 10_000, 2)] // 1.5 → 2
    public void Ties_go_to_the_even_neighbour_and_the_rest_to_the_nearest(long numerator, long denominator, long expected) =>
        Assert.Equal(expected, HalfEven.Divide(numerator, denominator));

    [Fact]
    public void A_zero_or_negative_denominator_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HalfEven.Divide(1, 0));
}
