using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Discounts.Admin;
using K8sShop.Discounts.Evaluation;
using Xunit;

namespace K8sShop.Discounts.Tests.Hosting;

/// <summary>Calls the discounts API as one caller; answers parsed with the web JSON conventions the service writes.</summary>
public sealed class Api(DiscountsApp app)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public async Task<DiscountView> CreateAsync(object discount)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/discounts/admin/discounts", app.Callers.Admin, discount);
        return await ReadAsync<DiscountView>(response, HttpStatusCode.Created);
    }

    public async Task<EvaluationResult> EvaluateAsync(string token, object request)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/discounts/evaluate", token, request);
        return await ReadAsync<EvaluationResult>(response, HttpStatusCode.OK);
    }

    public async Task<EvaluationResult> ReserveAsync(object request)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/discounts/reservations", app.Callers.Service, request);
        return await ReadAsync<EvaluationResult>(response, HttpStatusCode.OK);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>A unique code, so tests sharing the app never collide.</summary>
    public static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24].ToUpperInvariant();

    /// <summary>An order of one line for <paramref name="codes"/>, as billing would send it.</summary>
    public static object Order(Guid? customerId, params string[] codes) => new
    {
        customerId,
        currency = "EUR",
        lines = new[] { new { productId = Guid.NewGuid(), categoryId = (Guid?)null, quantity = 2, unitPriceMinor = 25_00L } },
        codes,
    };

    public static object Reservation(Guid orderId, Guid? customerId, params string[] codes) => new
    {
        orderId,
        customerId,
        currency = "EUR",
        lines = new[] { new { productId = Guid.NewGuid(), categoryId = (Guid?)null, quantity = 2, unitPriceMinor = 25_00L } },
        codes,
    };

    public static object Percentage(string? code, int percent, int? usageLimit = null, int? perCustomerLimit = null) => new
    {
        code,
        name = $"{percent} % off",
        kind = "Percentage",
        percentOff = percent,
        scope = "All",
        usageLimit,
        perCustomerLimit,
        stackable = true,
        priority = 0,
    };
}
