using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Contracts.Checkout;
using K8sShop.Payments.Api;
using K8sShop.Payments.Payments;
using K8sShop.Payments.Providers.Test;
using K8sShop.Payments.Tests.Hosting;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Payments.Tests.Api;

/// <summary>
/// Who may read payments and what they see, with real tokens from the users service hosted beside payments
/// (demo support and admin accounts, registered customers, billing's client credentials) and one forged token.
/// </summary>
public sealed class PaymentsEndpointsTests(TestProviderShop shop) : IClassFixture<TestProviderShop>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private PaymentsHost Host => shop.Host;

    [Fact]
    public async Task The_config_is_public_names_the_test_provider_and_its_tokens_and_holds_no_secret()
    {
        using var response = await Host.Client.GetAsync(new Uri("api/payments/config", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = (await response.Content.ReadFromJsonAsync<PaymentsConfigView>(Json))!;
        Assert.Equal(("test", null), (config.Provider, config.StripePublishableKey));
        Assert.Contains(config.TestTokens!, t => t.Token == TestTokens.Visa);
        Assert.Contains(config.TestTokens!, t => t.Token == TestTokens.ChargeDeclined);
    }

    [Fact]
    public async Task Support_and_admin_see_an_orders_payment_with_every_provider_call()
    {
        var order = await PaidOrderAsync(Guid.NewGuid());

        foreach (var role in new[] { ShopRoles.Support, ShopRoles.Admin })
        {
            using var response = await GetAsync($"api/payments/orders/{order}", await Host.DemoTokenAsync(role));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var payment = (await response.Content.ReadFromJsonAsync<PaymentView>(Json))!;
            Assert.Equal((order, PaymentStatus.Succeeded, 1_999L, "test"), (payment.OrderId, payment.Status, payment.AmountMinor, payment.Provider));
            var call = Assert.Single(payment.Attempts);
            Assert.Equal(("charge", 1, order.ToString(), "Succeeded"), (call.Operation, call.Attempt, call.IdempotencyKey, call.Outcome));
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(TestTokens.Visa, body, StringComparison.Ordinal); // the token is never stored
        }
    }

    [Fact]
    public async Task The_support_view_refuses_anonymous_callers_customers_and_forged_tokens()
    {
        var path = $"api/payments/orders/{Guid.NewGuid()}";

        using var anonymous = await GetAsync(path, null);
        using var customer = await GetAsync(path, (await Host.NewCustomerAsync()).Token);
        using var service = await GetAsync(path, await Host.ServiceTokenAsync());
        using var forged = await GetAsync(path, ForgedToken.For(ShopRoles.Admin, Host.Address));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, service.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task An_order_without_a_payment_or_a_bad_id_answers_404_problem_details()
    {
        var support = await Host.DemoTokenAsync(ShopRoles.Support);

        using var unknown = await GetAsync($"api/payments/orders/{Guid.NewGuid()}", support);
        using var notAnId = await GetAsync("api/payments/orders/not-a-guid", support);

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(notAnId, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_shopper_sees_their_own_payment_and_not_another_shoppers()
    {
        var alice = await Host.NewCustomerAsync();
        var bob = await Host.NewCustomerAsync();
        var order = await PaidOrderAsync(alice.Id);

        using var own = await GetAsync($"api/payments/my/orders/{order}", alice.Token);
        using var others = await GetAsync($"api/payments/my/orders/{order}", bob.Token);
        using var anonymous = await GetAsync($"api/payments/my/orders/{order}", null);
        using var support = await GetAsync($"api/payments/my/orders/{order}", await Host.DemoTokenAsync(ShopRoles.Support));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var status = (await own.Content.ReadFromJsonAsync<PaymentStatusView>(Json))!;
        Assert.Equal((order, PaymentStatus.Succeeded, 1_999L, false), (status.OrderId, status.Status, status.AmountMinor, status.Refunded));
        await ProblemAssert.IsProblemAsync(others, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, support.StatusCode);
    }

    private async Task<Guid> PaidOrderAsync(Guid customer)
    {
        var order = Guid.NewGuid();
        await Host.PublishAsync(new ChargePayment(order, customer, 1_999, "EUR", TestTokens.Visa, DateTimeOffset.UtcNow.AddMinutes(15)));
        await Eventually.ReachesAsync(() => Task.FromResult(SagaAnswers.Of<PaymentSucceeded>(order)), a => a.Count > 0, Patience);
        return order;
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Host.Client.SendAsync(request);
    }
}
