using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using K8sShop.Checkout.Tests.Hosting;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Storage;
using K8sShop.Orders.Tracking;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Testing.Live;
using K8sShop.Testing.Mail;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace K8sShop.Checkout.Tests;

/// <summary>
/// Issue 7's acceptance: an order placed in the happy path produces its emails on a real SMTP server and
/// its live push on the shopper's own SignalR connection, in the language the shopper registered in.
/// The language travels from the users service's registration to notifications; the test never tells
/// notifications which language to use.
/// </summary>
public sealed class OrderNotificationsTests(NotifyingShop shop) : IClassFixture<NotifyingShop>
{
    private const string Password = "Shopper-pass-42";

    [Theory]
    [InlineData("fr", "Camille", "Confirmez votre adresse e-mail", "Votre commande {0} est maintenant payée", "Votre facture ", "Bonjour Camille")]
    [InlineData("en", "Oliver", "Confirm your email address", "Your order {0} is now paid", "Your invoice ", "Hello Oliver")]
    public async Task A_paid_order_is_emailed_and_pushed_live_in_the_language_the_shopper_registered_in(
        string locale, string name, string confirmSubject, string paidSubject, string invoiceSubject, string greeting)
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        using var signIn = new ShopSignIn(shop.Users.Address, new Uri(shop.Users.Address, "auth/callback"));
        var userId = await signIn.RegisterAsync(email, Password, name, locale);
        var confirmation = await MailAsync(email, m => m.Subject == confirmSubject);
        Assert.Contains(greeting, confirmation.Text, StringComparison.Ordinal);
        await KnownToNotificationsAsync(userId);

        var token = await signIn.AccessTokenAsync(email, Password);
        var pushed = new ConcurrentQueue<InboxItemView>();
        await using var hub = await ConnectAsync(token, pushed);
        using var customer = new HttpClient { BaseAddress = shop.Orders.Address, Timeout = TimeSpan.FromSeconds(60) };
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var product = await CheckoutCalls.InStockProductAsync(shop, minimum: 1);

        var orderId = await CheckoutCalls.PlaceAsync(customer, product.Id, quantity: 1, token: "tok_visa", codes: []);

        var order = await Eventually.ReachesAsync(
            async () => (await customer.GetFromJsonAsync<OrderView>($"api/orders/{orderId}", CheckoutCalls.Json))!,
            o => o.Status == "Paid",
            CheckoutCalls.Patience);
        Assert.Equal("Paid", order.Status);
        var reference = orderId.ToString("N")[..8].ToUpperInvariant();
        var paid = await MailAsync(email, m => m.Subject == string.Format(System.Globalization.CultureInfo.InvariantCulture, paidSubject, reference));
        Assert.StartsWith(greeting, paid.Text, StringComparison.Ordinal);
        Assert.Contains(reference, paid.Html, StringComparison.Ordinal);
        var invoice = await MailAsync(email, m => m.Subject.StartsWith(invoiceSubject, StringComparison.Ordinal));
        Assert.Contains(reference, invoice.Text, StringComparison.Ordinal);
        var live = await Eventually.ReachesAsync(
            () => Task.FromResult(pushed.FirstOrDefault(p => p.OrderId == orderId && p.Title == paid.Subject)),
            p => p is not null,
            CheckoutCalls.Patience);
        Assert.NotNull(live);
        Assert.StartsWith(greeting, live.Body, StringComparison.Ordinal);
        // Every message this shopper got is in their language: no other language's greeting anywhere.
        var otherGreeting = locale == "fr" ? "Hello " : "Bonjour ";
        Assert.All(await shop.Mail.MessagesToAsync(email), m => Assert.DoesNotContain(otherGreeting, m.Text, StringComparison.Ordinal));
        Assert.All(pushed, p => Assert.DoesNotContain(otherGreeting, p.Body, StringComparison.Ordinal));
    }

    private async Task<MailDevMessage> MailAsync(string address, Func<MailDevMessage, bool> wanted)
    {
        var messages = await Eventually.ReachesAsync(() => shop.Mail.MessagesToAsync(address), m => m.Any(wanted), CheckoutCalls.Patience);
        var subjects = string.Join(" | ", messages.Select(m => m.Subject));
        return messages.FirstOrDefault(wanted) ?? throw new Xunit.Sdk.XunitException($"no such mail to {address}; it got: {subjects}");
    }

    /// <summary>Order events are written to the contact the registration event created; wait until it has arrived.</summary>
    private async Task KnownToNotificationsAsync(Guid userId)
    {
        var contact = await Eventually.ReachesAsync(
            async () =>
            {
                await using var scope = shop.Notifications.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<INotificationStore>().FindContactAsync(userId, CancellationToken.None);
            },
            c => c is not null,
            CheckoutCalls.Patience);
        Assert.NotNull(contact);
    }

    private Task<HubConnection> ConnectAsync(string token, ConcurrentQueue<InboxItemView> received) =>
        SignedInHub.ConnectAsync(new Uri(shop.Notifications.Address, "hubs/notifications"), token, hub => hub.On<InboxItemView>("notification", received.Enqueue));
}
