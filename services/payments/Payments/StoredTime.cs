namespace K8sShop.Payments.Payments;

/// <summary>
/// The current time at the precision the databases keep (MariaDB's datetime(6): microseconds), so an outcome
/// published at settlement carries exactly the time that is re-published from the row later.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % 10), TimeSpan.Zero);
    }
}
