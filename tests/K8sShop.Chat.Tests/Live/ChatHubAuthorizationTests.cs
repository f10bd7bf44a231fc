using System.Net;
using System.Security.Cryptography;
using K8sShop.Chat.Conversations;
using K8sShop.Chat.Live;
using K8sShop.Chat.Tests.Hosting;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace K8sShop.Chat.Tests.Live;

/// <summary>Who may do what is enforced by the hub methods themselves, not only by the REST API.</summary>
public sealed class ChatHubAuthorizationTests(SqliteFolder databases) : IClassFixture<SqliteFolder>
{
    [Fact]
    public async Task Connections_without_a_valid_token_are_refused()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase());

        var anonymous = await Assert.ThrowsAsync<HttpRequestException>(() => ChatConnection.StartAsync(app.Address, token: null));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var forged = app.Issuer.TokenFor("customer-x", ShopRoles.Customer, signedBy: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "forged" });
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ChatConnection.StartAsync(app.Address, forged));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var service = await Assert.ThrowsAsync<HttpRequestException>(() => ChatConnection.StartAsync(app.Address, app.Issuer.TokenFor("stockcheck", ShopRoles.Service)));
        Assert.Equal(HttpStatusCode.Forbidden, service.StatusCode);
    }

    [Fact]
    public async Task Another_customer_can_neither_join_nor_send_to_nor_type_in_nor_read_nor_close_a_conversation()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase());
        await using var owner = await app.ConnectAsync("customer-a", ShopRoles.Customer);
        await using var intruder = await app.ConnectAsync("customer-b", ShopRoles.Customer);
        var opened = await owner.InvokeAsync<ConversationView>("OpenConversation", [null]);
        await owner.InvokeAsync<MessageView>("SendMessage", opened.Id, "my address is secret");

        await AssertRefusedAsync("forbidden", () => intruder.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id));
        await AssertRefusedAsync("forbidden", () => intruder.InvokeAsync<MessageView>("SendMessage", opened.Id, "let me in"));
        await AssertRefusedAsync("forbidden", () => intruder.InvokeAsync("Typing", opened.Id));
        await AssertRefusedAsync("forbidden", () => intruder.InvokeAsync<int>("MarkRead", opened.Id));
        await AssertRefusedAsync("forbidden", () => intruder.InvokeAsync<ConversationView>("CloseConversation", opened.Id));
        await AssertRefusedAsync("not-found", () => intruder.InvokeAsync<ConversationJoined>("JoinConversation", Guid.NewGuid()));

        // The owner's own next message arrives; the intruder heard nothing of the conversation.
        var next = await owner.InvokeAsync<MessageView>("SendMessage", opened.Id, "still private");
        await owner.ReceivesAsync<MessageView>(ChatEvents.MessageReceived, m => m.Id == next.Id);
        Assert.Empty(intruder.Received<MessageView>(ChatEvents.MessageReceived));
        var joined = await owner.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id);
        Assert.Equal(["my address is secret", "still private"], joined.Messages.Select(m => m.Text));
        Assert.Equal("open", joined.Conversation.Status);
    }

    [Fact]
    public async Task Customers_cannot_watch_the_queue_or_take_conversations_and_agents_cannot_open_them()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase());
        await using var customer = await app.ConnectAsync("customer-c", ShopRoles.Customer);
        await using var agent = await app.ConnectAsync("agent-c", ShopRoles.Support);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);

        await AssertRefusedAsync("unauthorized", () => customer.InvokeAsync<List<ConversationView>>("WatchQueue"));
        await AssertRefusedAsync("unauthorized", () => customer.InvokeAsync<ConversationView>("TakeConversation", opened.Id));
        await AssertRefusedAsync("unauthorized", () => agent.InvokeAsync<ConversationView>("OpenConversation", [null]));
    }

    [Fact]
    public async Task Support_and_admins_may_join_any_conversation()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase());
        await using var customer = await app.ConnectAsync("customer-d", ShopRoles.Customer);
        await using var support = await app.ConnectAsync("agent-d", ShopRoles.Support);
        await using var admin = await app.ConnectAsync("admin-d", ShopRoles.Admin);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);

        Assert.Equal(opened.Id, (await support.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id)).Conversation.Id);
        Assert.Equal(opened.Id, (await admin.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id)).Conversation.Id);
        var sent = await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "hello support");
        await admin.ReceivesAsync<MessageView>(ChatEvents.MessageReceived, m => m.Id == sent.Id);
    }

    [Fact]
    public async Task The_access_token_sent_in_the_hub_query_string_never_reaches_the_logs()
    {
        var logs = new CapturedLogs();
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), logs: logs);
        var token = app.Issuer.TokenFor("customer-e", ShopRoles.Customer);
        await using (var customer = await ChatConnection.StartAsync(app.Address, token))
        {
            await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);
        }

        Assert.NotEmpty(logs.Lines);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(logs.Lines, line => line.Contains(signature, StringComparison.Ordinal));
    }

    private static async Task AssertRefusedAsync(string code, Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<HubException>(call);
        Assert.Contains(code, refused.Message, StringComparison.Ordinal);
    }
}
