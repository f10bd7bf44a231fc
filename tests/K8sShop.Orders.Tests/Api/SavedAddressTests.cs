using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Orders.Tests.Hosting;
using K8sShop.ServiceDefaults.Errors;
using K8sShop.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace K8sShop.Orders.Tests.Api;

/// <summary>
/// <c>POST /api/orders</c> with <c>shippingAddressId</c> / <c>billingAddressId</c>: orders reads the customer's saved
/// address from the real users service beside it (with its own client-credentials token) and copies it into the order.
/// </summary>
public sealed class SavedAddressTests(OrdersApp app) : IClassFixture<OrdersApp>
{
    private const string AddressNotFound = ProblemTypes.Base + "address-not-found";

    [Fact]
    public async Task An_order_placed_with_saved_address_ids_keeps_a_copy_of_those_addresses()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var home = await SaveAddressAsync(customer, "Shipping", "Grace Hopper", "Rue de Rivoli 1", "Paris", "75001", "fr");
        var office = await SaveAddressAsync(customer, "Billing", "Hopper Ltd", "Main Street 5", "Dublin", "D02", "IE");

        var id = await customer.PlaceAsync(BodyWith(shippingAddressId: home, billingAddressId: office));

        var order = await customer.OrderAsync(id);
        Assert.Equal(("Grace Hopper", "Rue de Rivoli 1", "Paris", "75001", "FR"),
            (order.ShippingAddress.Name, order.ShippingAddress.Line1, order.ShippingAddress.City, order.ShippingAddress.PostalCode, order.ShippingAddress.Country));
        Assert.Equal(("Hopper Ltd", "Dublin", "IE"), (order.BillingAddress.Name, order.BillingAddress.City, order.BillingAddress.Country));

        // A snapshot: editing or deleting the saved address later does not change the order.
        using (var deleted = await customer.Client.DeleteAsync(new Uri($"api/users/me/addresses/{home}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal("Paris", (await customer.OrderAsync(id)).ShippingAddress.City);
    }

    [Fact]
    public async Task One_saved_address_can_serve_as_both_and_mix_with_an_address_typed_in()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var home = await SaveAddressAsync(customer, "Shipping", "Alan Turing", "Bletchley 1", "Milton Keynes", "MK3", "GB");

        var both = await customer.OrderAsync(await customer.PlaceAsync(BodyWith(shippingAddressId: home, billingAddressId: home)));
        Assert.Equal(("Milton Keynes", "Milton Keynes"), (both.ShippingAddress.City, both.BillingAddress.City));

        var body = BodyWith(shippingAddressId: home);
        body["billingAddress"] = Shopper.Address();
        var mixed = await customer.OrderAsync(await customer.PlaceAsync(body));
        Assert.Equal(("Milton Keynes", "Berlin"), (mixed.ShippingAddress.City, mixed.BillingAddress.City));
    }

    [Fact]
    public async Task Another_customers_address_id_is_refused_as_not_found_and_nothing_is_placed()
    {
        using var owner = await Shopper.NewCustomerAsync(app);
        using var other = await Shopper.NewCustomerAsync(app);
        var owners = await SaveAddressAsync(owner, "Shipping", "Owner", "Secret Lane 7", "Lyon", "69001", "FR");

        var body = BodyWith(shippingAddressId: owners);
        body["billingAddress"] = Shopper.Address();
        using var response = await other.SubmitAsync(body, Guid.NewGuid().ToString());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, AddressNotFound);
        Assert.True(problem.GetProperty("errors").TryGetProperty("shippingAddressId", out _), problem.ToString());
        Assert.DoesNotContain("Secret Lane", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Orders.CountAsync(o => o.ShippingAddress.Line1 == "Secret Lane 7")));
    }

    [Fact]
    public async Task An_unknown_address_id_is_refused_as_not_found()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        using var response = await customer.SubmitAsync(BodyWith(shippingAddressId: Guid.NewGuid(), billingAddressId: Guid.NewGuid()), Guid.NewGuid().ToString());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, AddressNotFound);
        Assert.True(problem.GetProperty("errors").TryGetProperty("billingAddressId", out _), problem.ToString());
    }

    [Theory]
    [InlineData("an address and an id", """{"shippingAddress":ADDR,"shippingAddressId":"SAVED","billingAddress":ADDR}""", "shippingAddress")]
    [InlineData("an empty id", """{"shippingAddressId":"00000000-0000-0000-0000-000000000000","billingAddress":ADDR}""", "shippingAddressId")]
    [InlineData("neither", """{"shippingAddress":ADDR}""", "billingAddress")]
    public async Task An_address_given_both_ways_or_not_at_all_is_a_validation_problem(string why, string addresses, string field)
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var json = ("""{"lines":[{"productId":"PID","quantity":1}],"paymentToken":"tok_visa",""" + addresses[1..])
            .Replace("ADDR", """{"name":"Ada","line1":"Street 1","postalCode":"10115","city":"Berlin","country":"DE"}""", StringComparison.Ordinal)
            .Replace("SAVED", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("PID", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await customer.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Base + "validation");
        var errors = await ProblemAssert.HasFieldErrorAsync(response, field);
        Assert.True(errors.ValueKind != JsonValueKind.Undefined, why);
    }

    [Fact]
    public async Task The_users_service_gives_a_saved_address_only_to_a_service_and_only_of_the_customer_named()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        using var other = await Shopper.NewCustomerAsync(app);
        var address = await SaveAddressAsync(customer, "Shipping", "Ada", "Street 1", "Berlin", "10115", "DE");
        var customerId = MyId(customer);
        var path = new Uri($"api/users/customers/{customerId}/addresses/{address}", UriKind.Relative);

        using var anonymous = app.NewClient();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(path), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await customer.Client.GetAsync(path), HttpStatusCode.Forbidden);

        using var orders = app.NewClient(await Tokens.OrdersServiceAsync(app));
        using var found = await orders.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("Berlin", (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("city").GetString());

        var otherId = MyId(other);
        using var notTheirs = await orders.GetAsync(new Uri($"api/users/customers/{otherId}/addresses/{address}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(notTheirs, HttpStatusCode.NotFound, AddressNotFound);
    }

    internal static Dictionary<string, object?> BodyWith(Guid? shippingAddressId = null, Guid? billingAddressId = null)
    {
        var body = Shopper.ValidBody();
        body.Remove("shippingAddress");
        body.Remove("billingAddress");
        if (shippingAddressId is not null)
        {
            body["shippingAddressId"] = shippingAddressId;
        }

        if (billingAddressId is not null)
        {
            body["billingAddressId"] = billingAddressId;
        }

        return body;
    }

    internal static async Task<Guid> SaveAddressAsync(Shopper customer, string kind, string name, string line1, string city, string postalCode, string country)
    {
        using var response = await customer.Client.PostAsJsonAsync("api/users/me/addresses", new { kind, name, line1, city, postalCode, country });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Guid MyId(Shopper customer)
    {
        var token = customer.Client.DefaultRequestHeaders.Authorization!.Parameter!;
        var payload = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token.Split('.')[1]);
        return Guid.Parse(JsonDocument.Parse(payload).RootElement.GetProperty("sub").GetString()!);
    }
}
