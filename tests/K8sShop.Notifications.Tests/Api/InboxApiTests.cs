using System.Net;
using System.Net.Http.Json;
using K8sShop.Contracts.Ordering;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Notifications.Tests.Api;

/// <summary>The per-user inbox over REST: who may call it, what it refuses, and that nobody sees another user's.</summary>
public sealed class InboxApiTests(NotificationsApp app) : IClassFixture<NotificationsApp>
{
    [Theory]
    [InlineData("GET", "api/notifications/inbox")]
    [InlineData("GET", "api/notifications/inbox/unread-count")]
    [InlineData("POST", "api/notifications/inbox/00000000-0000-0000-0000-000000000001/read")]
    [InlineData("POST", "api/notifications/inbox/read-all")]
    [InlineData("GET", "api/notifications/preferences")]
    [InlineData("PUT", "api/notifications/preferences")]
    public async Task Anonymous_callers_get_401_and_service_tokens_get_403(string method, string path)
    {
        using var anonymous = app.Client();
        using var service = app.Client(await app.ServiceTokenAsync());

        using var refused = await anonymous.SendAsync(Request(method, path));
        using var forbidden = await service.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_user_sees_reads_and_clears_their_own_inbox()
    {
        var user = await app.NewCustomerAsync();
        var userId = user.Id;
        using var client = app.Client(user.AccessToken);
        var orderId = Guid.NewGuid();
        await app.PublishAsync(new OrderStatusChanged(orderId, userId, "Paid", "Priced", null, null, 2, DateTimeOffset.UtcNow));
        await app.PublishAsync(new OrderStatusChanged(orderId, userId, "Shipped", "Paid", null, null, 3, DateTimeOffset.UtcNow));

        var page = await Eventually.ReachesAsync(() => client.GetFromJsonAsync<InboxPage>("api/notifications/inbox?pageSize=1")!, p => p!.Total == 2, TimeSpan.FromSeconds(30));

        Assert.NotNull(page);
        Assert.Equal((2L, 2L, 1), (page.Total, page.Unread, page.Items.Count));
        Assert.Equal(orderId, page.Items[0].OrderId);
        using var read = await client.PostAsync(new Uri($"api/notifications/inbox/{page.Items[0].Id}/read", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(1, (await client.GetFromJsonAsync<UnreadCount>("api/notifications/inbox/unread-count"))!.Unread);
        using var all = await client.PostAsync(new Uri("api/notifications/inbox/read-all", UriKind.Relative), null);
        Assert.Equal(1, (await all.Content.ReadFromJsonAsync<MarkedRead>())!.Marked);
        Assert.Equal(0, (await client.GetFromJsonAsync<UnreadCount>("api/notifications/inbox/unread-count"))!.Unread);
    }

    [Fact]
    public async Task A_user_cannot_see_or_mark_another_users_notifications()
    {
        var ownerUser = await app.NewCustomerAsync();
        var owner = ownerUser.Id;
        using var ownerClient = app.Client(ownerUser.AccessToken);
        using var intruderClient = app.Client(await app.SupportTokenAsync());
        await app.PublishAsync(new OrderStatusChanged(Guid.NewGuid(), owner, "Paid", "Priced", null, null, 2, DateTimeOffset.UtcNow));
        var page = await Eventually.ReachesAsync(() => ownerClient.GetFromJsonAsync<InboxPage>("api/notifications/inbox")!, p => p!.Total == 1, TimeSpan.FromSeconds(30));
        var item = Assert.Single(page!.Items);

        var intruderPage = await intruderClient.GetFromJsonAsync<InboxPage>("api/notifications/inbox");
        using var mark = await intruderClient.PostAsync(new Uri($"api/notifications/inbox/{item.Id}/read", UriKind.Relative), null);
        using var markAll = await intruderClient.PostAsync(new Uri("api/notifications/inbox/read-all", UriKind.Relative), null);

        Assert.Equal(0, intruderPage!.Total);
        await ProblemAssert.IsProblemAsync(mark, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await markAll.Content.ReadFromJsonAsync<MarkedRead>())!.Marked);
        Assert.Equal(1, (await ownerClient.GetFromJsonAsync<UnreadCount>("api/notifications/inbox/unread-count"))!.Unread);
    }

    [Theory]
    [InlineData("api/notifications/inbox?page=0")]
    [InlineData("api/notifications/inbox?pageSize=0")]
    [InlineData("api/notifications/inbox?pageSize=101")]
    [InlineData("api/notifications/inbox?page=abc")]
    public async Task Bad_paging_is_a_400_problem(string path)
    {
        using var client = app.Client((await app.NewCustomerAsync()).AccessToken);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Marking_an_unknown_notification_is_a_404_problem()
    {
        using var client = app.Client((await app.NewCustomerAsync()).AccessToken);

        using var response = await client.PostAsync(new Uri($"api/notifications/inbox/{Guid.NewGuid()}/read", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), new Uri(path, UriKind.Relative))
    {
        Content = method == "PUT" ? JsonContent.Create(new { email = true, sms = false, inApp = true }) : null,
    };
}
