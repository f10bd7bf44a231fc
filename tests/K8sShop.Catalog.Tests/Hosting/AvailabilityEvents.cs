using System.Text.Json;
using K8sShop.Inventory.Catalog;

namespace K8sShop.Catalog.Tests.Hosting;

/// <summary>Reads the live availability stream (server-sent events) one event at a time.</summary>
public static class AvailabilityEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ProductAvailability> NextEventAsync(StreamReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended.");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<ProductAvailability>(line["data: ".Length..], Json)!;
            }
        }
    }
}
