using System.Net.Http.Json;
using K8sShop.Contracts;
using K8sShop.Contracts.Ordering;
using K8sShop.Contracts.Stock;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Notifications.Tests.Channels;

/// <summary>Events published on a real RabbitMQ become emails on a real SMTP server (maildev), in the user's language.</summary>
public sealed class EmailOverRabbitMqTests(NotificationsApp app) : IClassFixture<NotificationsApp>
{
    [Fact]
    public async Task An_order_status_change_is_emailed_in_english_by_default()
    {
        var (userId, email) = await RegisterAsync("Ann <b>Admin</b>");
        var orderId = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(orderId, userId, "Shipped", "Paid", null, "TRK-42", 3, DateTimeOffset.UtcNow));

        var mail = Assert.Single(await app.Mail.WaitForAsync(email));
        Assert.Equal($"Your order {orderId.ToString("N")[..8].ToUpperInvariant()} is now shipped", mail.Subject);
        Assert.Contains("Tracking number: TRK-42.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Hello Ann &lt;b&gt;Admin&lt;/b&gt;,", mail.Html, StringComparison.Ordinal);
        // The server has the mail a moment before the service records the outcome.
        var recorded = await Eventually.ReachesAsync(() => app.DeliveriesOfAsync(userId), d => d.Count == 1 && d[0].Status == DeliveryStatus.Sent, TimeSpan.FromSeconds(30));
        var delivery = Assert.Single(recorded);
        Assert.Equal((DeliveryStatus.Sent, 1), (delivery.Status, delivery.Attempts));
    }

    [Fact]
    public async Task A_user_who_chose_french_gets_french_email()
    {
        var user = await app.NewCustomerAsync("Léa");
        await KnownAsync(user.Id);
        using var client = app.Client(user.AccessToken);
        using var saved = await client.PutAsJsonAsync("api/notifications/preferences", new { email = true, sms = false, inApp = true, locale = "fr" });
        saved.EnsureSuccessStatusCode();
        var orderId = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(orderId, user.Id, "Shipped", "Paid", null, null, 3, DateTimeOffset.UtcNow));

        // The registration's confirmation email came first.
        var mail = Assert.Single(await app.Mail.WaitForAsync(user.Email, 2), m => m.Subject != "Confirm your email address");
        Assert.Equal($"Votre commande {orderId.ToString("N")[..8].ToUpperInvariant()} est maintenant expédiée", mail.Subject);
        Assert.StartsWith("Bonjour Léa,", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_registered_in_french_is_written_to_in_french_from_the_first_email_on()
    {
        var user = await app.NewCustomerAsync("Zoé", locale: "fr-CA");
        var contact = await KnownAsync(user.Id);
        var orderId = Guid.NewGuid();

        await app.PublishAsync(new OrderStatusChanged(orderId, user.Id, "Paid", "Priced", null, null, 2, DateTimeOffset.UtcNow));

        Assert.Equal("fr", contact.Locale);
        var mails = await app.Mail.WaitForAsync(user.Email, 2);
        Assert.Equal(
            ["Confirmez votre adresse e-mail", $"Votre commande {orderId.ToString("N")[..8].ToUpperInvariant()} est maintenant payée"],
            mails.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.StartsWith("Bonjour Zoé,", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Payment_failure_and_expiry_reach_the_customer_known_from_the_order()
    {
        var (userId, email) = await RegisterAsync("Bob");
        var orderId = Guid.NewGuid();
        await app.PublishAsync(new OrderSubmitted(orderId, userId, [], DateTimeOffset.UtcNow));
        await Eventually.ReachesAsync(() => OwnerAsync(orderId), owner => owner == userId, TimeSpan.FromSeconds(30));

        await app.PublishAsync(new PaymentFailed(orderId, "card declined", DateTimeOffset.UtcNow));
        await app.PublishAsync(new ReservationExpired(orderId, DateTimeOffset.UtcNow));

        var mails = await app.Mail.WaitForAsync(email, 2);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Subject.StartsWith("Payment failed", StringComparison.Ordinal) && m.Text!.Contains("card declined", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Subject.EndsWith("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invoice_is_announced_with_its_total()
    {
        var (userId, email) = await RegisterAsync("Cy");

        await app.PublishAsync(new InvoiceIssued(Guid.NewGuid(), "INV-2026-0042", false, Guid.NewGuid(), userId.ToString(), 123450, "EUR", DateTimeOffset.UtcNow));

        var mail = Assert.Single(await app.Mail.WaitForAsync(email));
        Assert.Equal("Your invoice INV-2026-0042", mail.Subject);
        Assert.Contains("1,234.50 EUR", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_event_sends_one_email()
    {
        var (userId, email) = await RegisterAsync("Dee");
        var messageId = Guid.NewGuid();
        var reset = new PasswordResetRequested(userId, email, new Uri("https://shop.example/reset?token=first"));

        await app.PublishAsync(reset, messageId);
        await app.PublishAsync(reset, messageId);
        // A later, different request on the same queue: once its email is there, the duplicate has been handled too.
        await app.PublishAsync(reset with { ResetLink = new Uri("https://shop.example/reset?token=second") });
        var mails = await app.Mail.WaitForAsync(email, 2);
        await Eventually.ReachesAsync(() => app.DeliveriesOfAsync(userId), d => d.All(x => x.Status == DeliveryStatus.Sent), TimeSpan.FromSeconds(30));

        Assert.Single(mails, m => m.Text!.Contains("token=first", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Text!.Contains("token=second", StringComparison.Ordinal));
        Assert.Equal(2, (await app.DeliveriesOfAsync(userId)).Count);
    }

    [Fact]
    public async Task Email_confirmation_goes_to_the_address_being_confirmed_even_with_email_turned_off()
    {
        var user = await app.NewCustomerAsync("Eve");
        var userId = user.Id;
        using var client = app.Client(user.AccessToken);
        using var saved = await client.PutAsJsonAsync("api/notifications/preferences", new { email = false, sms = false, inApp = true });
        saved.EnsureSuccessStatusCode();
        var newAddress = $"new-{Guid.NewGuid():N}@example.com";

        await app.PublishAsync(new EmailConfirmationRequested(userId, newAddress, new Uri("https://shop.example/confirm?token=abc")));

        var mail = Assert.Single(await app.Mail.WaitForAsync(newAddress));
        Assert.Equal("Confirm your email address", mail.Subject);
        Assert.Contains("https://shop.example/confirm?token=abc", mail.Text, StringComparison.Ordinal);
    }

    private async Task<(Guid UserId, string Email)> RegisterAsync(string displayName)
    {
        var userId = Guid.NewGuid();
        var email = $"user-{userId:N}@example.com";
        await app.PublishAsync(new UserRegistered(userId, email, displayName, DateTimeOffset.UtcNow));
        await KnownAsync(userId);
        return (userId, email);
    }

    /// <summary>Waits until the user's registration has reached the service; answers what it learnt.</summary>
    private async Task<Contacts.Contact> KnownAsync(Guid userId)
    {
        Contacts.Contact? contact = null;
        await Eventually.ReachesAsync(
            async () =>
            {
                await app.UseStoreAsync(async store => contact = await store.FindContactAsync(userId, CancellationToken.None));
                return contact;
            },
            found => found is not null,
            TimeSpan.FromSeconds(30));
        Assert.NotNull(contact);
        return contact;
    }

    private async Task<Guid?> OwnerAsync(Guid orderId)
    {
        Guid? owner = null;
        await app.UseStoreAsync(async store => owner = await store.FindOrderOwnerAsync(orderId, CancellationToken.None));
        return owner;
    }
}
