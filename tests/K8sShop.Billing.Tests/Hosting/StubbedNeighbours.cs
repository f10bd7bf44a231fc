using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace K8sShop.Billing.Tests.Hosting;

/// <summary>
/// STUB of inventory's <c>POST /api/stock/lookup</c> and of the discounts service's
/// <c>POST /api/discounts/evaluate</c> and <c>/reservations</c>, answering the agreed JSON contracts.
/// The discounts service is built on another branch and is not available here; this one file is what
/// to replace with the real services after the merge. Tests using it say so in their names
/// (<c>..._with_discounts_stubbed</c>). It refuses calls without a service access token issued to
/// billing, so the token wiring is exercised for real (the issuer is the real users service).
/// </summary>
public sealed class StubbedNeighbours
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<Guid, JsonObject> _products = new();
    private readonly ConcurrentDictionary<string, StubCode> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Guid, string> _reservations = new();
    private readonly ConcurrentDictionary<Guid, int> _reservationCalls = new();
    private int _outages;

    /// <summary>A code's effect: a percentage off the order, a fixed amount off every line, free shipping, or a refusal reason.</summary>
    public sealed record StubCode(int OrderPercent = 0, long PerLineMinor = 0, bool FreeShipping = false, string? Refused = null);

    /// <summary>Every discounts request body, as sent.</summary>
    public ConcurrentQueue<JsonObject> DiscountRequests { get; } = new();

    public Guid AddProduct(string name, long priceMinor, string taxClass = "standard", bool active = true, string currency = "EUR")
    {
        var id = Guid.NewGuid();
        _products[id] = new JsonObject
        {
            ["productId"] = id,
            ["sku"] = "SKU-" + id.ToString("N")[..8].ToUpperInvariant(),
            ["name"] = name,
            ["active"] = active,
            ["priceMinor"] = priceMinor,
            ["currency"] = currency,
            ["taxClass"] = taxClass,
            ["onHand"] = 100,
            ["reserved"] = 0,
            ["available"] = 100,
        };
        return id;
    }

    public string AddCode(StubCode code)
    {
        var name = "CODE" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        _codes[name] = code;
        return name;
    }

    public int ReservationCallsFor(Guid orderId) => _reservationCalls.GetValueOrDefault(orderId);

    /// <summary>The next <paramref name="calls"/> discounts calls answer 503, as during an outage.</summary>
    public void FailNextDiscountCalls(int calls) => Interlocked.Exchange(ref _outages, calls);

    public HttpMessageHandler NewHandler() => new Handler(this);

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsBillingServiceToken(request))
        {
            return new HttpResponseMessage(HttpStatusCode.Unauthorized);
        }

        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        return request.RequestUri!.AbsolutePath switch
        {
            "/api/stock/lookup" => Lookup(body),
            "/api/discounts/evaluate" => Discounts(body, reserve: false),
            "/api/discounts/reservations" => Discounts(body, reserve: true),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private HttpResponseMessage Lookup(JsonObject body)
    {
        var ids = body["productIds"]!.AsArray().Select(n => n!.GetValue<Guid>()).Distinct();
        var items = new JsonArray([.. ids.Where(_products.ContainsKey).Select(id => (JsonNode)_products[id].DeepClone())]);
        return Ok(new JsonObject { ["items"] = items });
    }

    private HttpResponseMessage Discounts(JsonObject body, bool reserve)
    {
        DiscountRequests.Enqueue(body);
        if (Interlocked.Decrement(ref _outages) >= 0)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }

        Interlocked.Exchange(ref _outages, 0);
        Guid? orderId = null;
        if (reserve)
        {
            orderId = body["orderId"]!.GetValue<Guid>();
            _reservationCalls.AddOrUpdate(orderId.Value, 1, (_, n) => n + 1);
            if (_reservations.TryGetValue(orderId.Value, out var first))
            {
                return Ok(JsonNode.Parse(first)!); // idempotent by order id, as agreed
            }
        }

        var answer = Decide(body);
        if (orderId is { } order)
        {
            _reservations[order] = answer.ToJsonString();
        }

        return Ok(answer);
    }

    /// <summary>Percentages apply after the fixed line discounts; amounts are net minor units, as agreed.</summary>
    private JsonObject Decide(JsonObject body)
    {
        var lines = body["lines"]!.AsArray().Select(l => (
            ProductId: l!["productId"]!.GetValue<Guid>(),
            Net: l["quantity"]!.GetValue<int>() * l["unitPriceMinor"]!.GetValue<long>())).ToList();
        var known = body["codes"]!.AsArray().Select(c => c!.GetValue<string>()).Select(c => (Code: c, Rule: _codes.GetValueOrDefault(c))).ToList();
        var refused = new JsonArray([.. known.Where(k => k.Rule is null || k.Rule.Refused is not null)
            .Select(k => (JsonNode)new JsonObject { ["code"] = k.Code, ["reason"] = k.Rule?.Refused ?? "unknown" })]);
        var usable = known.Where(k => k.Rule is { Refused: null }).ToList();

        var perLine = lines.Select(l => (l.ProductId, Discount: Math.Min(l.Net, usable.Sum(k => k.Rule!.PerLineMinor)))).ToList();
        var afterLines = lines.Sum(l => l.Net) - perLine.Sum(l => l.Discount);
        var orderDiscount = usable.Sum(k => afterLines * k.Rule!.OrderPercent / 100);
        var applied = new JsonArray([.. usable.Select(k => (JsonNode)new JsonObject
        {
            ["discountId"] = Guid.NewGuid(),
            ["code"] = k.Code,
            ["name"] = "Stub " + k.Code,
            ["amountMinor"] = k.Rule!.PerLineMinor * lines.Count + afterLines * k.Rule.OrderPercent / 100,
        })]);
        return new JsonObject
        {
            ["currency"] = body["currency"]!.GetValue<string>(),
            ["lines"] = new JsonArray([.. perLine.Where(l => l.Discount > 0).Select(l => (JsonNode)new JsonObject { ["productId"] = l.ProductId, ["discountMinor"] = l.Discount })]),
            ["orderDiscountMinor"] = orderDiscount,
            ["freeShipping"] = usable.Any(k => k.Rule!.FreeShipping),
            ["applied"] = applied,
            ["refused"] = refused,
        };
    }

    /// <summary>A bearer token whose claims say: the service role, issued to the client "billing".</summary>
    private static bool IsBillingServiceToken(HttpRequestMessage request)
    {
        if (request.Headers.Authorization is not { Scheme: "Bearer", Parameter: { } token } || token.Split('.') is not { Length: 3 } parts)
        {
            return false;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var claims = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)))!.AsObject();
        var roles = claims["role"] switch
        {
            JsonArray many => many.Select(r => r!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        return roles.Contains("service") && (claims["client_id"] ?? claims["sub"])?.GetValue<string>() == "billing";
    }

    private static HttpResponseMessage Ok(JsonNode body) => new(HttpStatusCode.OK) { Content = JsonContent.Create(body, options: Json) };

    private sealed class Handler(StubbedNeighbours stubs) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            stubs.AnswerAsync(request, cancellationToken);
    }
}
