using K8sShop.Chat.Conversations;
using K8sShop.Chat.Live;
using K8sShop.Chat.Tests.Hosting;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Chat.Tests.Live;

/// <summary>What one connection may send: message size and rate (defaults 2,000 characters, 5 messages per 5 seconds).</summary>
public sealed class ChatHubLimitsTests(SqliteFolder databases) : IClassFixture<SqliteFolder>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_message_over_the_size_limit_or_without_text_is_refused_to_the_caller_and_not_stored()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var customer = await app.ConnectAsync("customer-l", ShopRoles.Customer);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);

        var tooLong = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<MessageView>("SendMessage", opened.Id, new string('x', 2_001)));
        Assert.Contains("message-too-long", tooLong.Message, StringComparison.Ordinal);
        var empty = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "   "));
        Assert.Contains("message-empty", empty.Message, StringComparison.Ordinal);
        var longest = await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, new string('y', 2_000));

        var joined = await customer.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id);
        Assert.Equal([longest.Id], joined.Messages.Select(m => m.Id));
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, customer.Hub.State);
    }

    [Fact]
    public async Task The_sixth_message_within_five_seconds_is_refused_until_the_window_moves_on()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var customer = await app.ConnectAsync("customer-r", ShopRoles.Customer);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);
        for (var i = 1; i <= 5; i++)
        {
            await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, $"message {i}");
            _clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        var limited = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "message 6"));
        Assert.Contains("rate-limited", limited.Message, StringComparison.Ordinal);

        // The limit is per connection: the same customer on a second connection is not held back.
        await using var secondTab = await app.ConnectAsync("customer-r", ShopRoles.Customer);
        await secondTab.InvokeAsync<MessageView>("SendMessage", opened.Id, "from another tab");

        _clock.Advance(TimeSpan.FromSeconds(3)); // the first message is now 5.5 s old
        await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "message 6, later");
        var joined = await customer.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id);
        Assert.Equal(7, joined.TotalMessages);
        Assert.DoesNotContain("message 6", joined.Messages.Select(m => m.Text));
    }
}
