using System.Net;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.ServiceDefaults.Errors;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Orders.Tests.Api;

/// <summary>With the users service unreachable, an order naming a saved address gets a clear 503 problem; inline addresses still work.</summary>
public sealed class SavedAddressOutageTests(OrdersWithoutUsersApp app) : IClassFixture<OrdersWithoutUsersApp>
{
    [Fact]
    public async Task An_order_with_a_saved_address_id_is_answered_503_with_a_problem_and_nothing_is_placed()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var key = Guid.NewGuid().ToString();
        using var response = await customer.SubmitAsync(SavedAddressTests.BodyWith(shippingAddressId: Guid.NewGuid(), billingAddressId: Guid.NewGuid()), key);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, ProblemTypes.Base + "addresses-unavailable");
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Orders.CountAsync(o => o.IdempotencyKey == key)));
    }

    [Fact]
    public async Task An_order_with_addresses_typed_in_does_not_need_the_users_service()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var id = await customer.PlaceAsync();
        Assert.Equal("Submitted", (await customer.OrderAsync(id)).Status);
    }
}
