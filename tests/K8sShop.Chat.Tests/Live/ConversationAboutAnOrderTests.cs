using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Chat.Conversations;
using K8sShop.Chat.Tests.Hosting;
using Microsoft.AspNetCore.SignalR;
using Xunit;

namespace K8sShop.Chat.Tests.Live;

/// <summary>
/// A conversation about an order is opened only by the customer who placed it: the hub asks the real orders
/// service, with the customer's own token.
/// </summary>
public sealed class ConversationAboutAnOrderTests(ChatWithOrdersApp app) : IClassFixture<ChatWithOrdersApp>
{
    [Fact]
    public async Task A_customer_opens_a_conversation_about_their_own_order()
    {
        var token = await app.NewCustomerAsync();
        var order = await PlaceOrderAsync(token);
        await using var customer = await ChatConnection.StartAsync(app.Address, token);

        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", order);

        Assert.Equal((order, "open"), (opened.OrderId, opened.Status));
    }

    [Fact]
    public async Task Another_customers_order_or_an_unknown_one_is_refused_and_opens_nothing()
    {
        var owner = await app.NewCustomerAsync();
        var order = await PlaceOrderAsync(owner);
        var intruderToken = await app.NewCustomerAsync();
        await using var intruder = await ChatConnection.StartAsync(app.Address, intruderToken);

        var theirs = await Assert.ThrowsAsync<HubException>(() => intruder.InvokeAsync<ConversationView>("OpenConversation", order));
        var unknown = await Assert.ThrowsAsync<HubException>(() => intruder.InvokeAsync<ConversationView>("OpenConversation", Guid.NewGuid()));

        Assert.Contains("order-not-found:", theirs.Message, StringComparison.Ordinal);
        Assert.Contains("order-not-found:", unknown.Message, StringComparison.Ordinal);
        using var transcripts = app.ClientWith(intruderToken);
        var mine = await transcripts.GetFromJsonAsync<JsonElement>("api/chat/conversations");
        Assert.Equal(0, mine.GetProperty("total").GetInt64());
        // The refusal ends the call, not the connection: the same customer may still open one of their own.
        var general = await intruder.InvokeAsync<ConversationView>("OpenConversation", [null]);
        Assert.Null(general.OrderId);
    }

    /// <summary>Places an order through the orders API as the customer; answers its id (from the 202's Location).</summary>
    private async Task<Guid> PlaceOrderAsync(string token)
    {
        using var client = app.ClientWith(token);
        var address = new { name = "Ada Lovelace", line1 = "1 rue de Rivoli", line2 = (string?)null, postalCode = "75001", city = "Paris", country = "FR" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/orders")
        {
            Content = JsonContent.Create(new
            {
                lines = new[] { new { productId = Guid.NewGuid(), quantity = 1 } },
                shippingAddress = address,
                billingAddress = address,
                discountCodes = Array.Empty<string>(),
                paymentToken = "tok_visa",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().TrimEnd('/').Split('/')[^1]);
    }
}
