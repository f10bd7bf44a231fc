using Microsoft.Extensions.Time.Testing;

namespace K8sShop.Operator.Tests;

/// <summary>Polls a condition in real time (a few seconds at most), optionally moving a fake clock forward between polls.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string because, FakeTimeProvider? clock = null, TimeSpan? step = null, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {because}");
            }

            clock?.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }
    }
}
