namespace K8sShop.Chat.Conversations;

/// <summary>
/// How stored values travel to clients: enum names in lower case (the hub's JSON protocol would send
/// numbers) and times marked UTC (SQLite hands them back without a kind).
/// </summary>
internal static class Wire
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
