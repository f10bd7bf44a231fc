using System.Diagnostics.Metrics;
using K8sShop.Chat.Conversations;
using K8sShop.Chat.Live;
using K8sShop.Chat.Tests.Hosting;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Chat.Tests.Live;

/// <summary>A support conversation from opening to closing, over the real hub (single replica, SQLite).</summary>
public sealed class ChatHubFlowTests(SqliteFolder databases) : IClassFixture<SqliteFolder>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_customer_opens_a_conversation_and_a_watching_agent_sees_it_queued_live()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var agent = await app.ConnectAsync("agent-1", ShopRoles.Support);
        Assert.Empty(await agent.InvokeAsync<List<ConversationView>>("WatchQueue"));
        await using var customer = await app.ConnectAsync("customer-1", ShopRoles.Customer);

        // About one of the customer's orders: ConversationAboutAnOrderTests, with the real orders service.
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);

        Assert.Equal(("customer-1", (Guid?)null, "open"), (opened.CustomerId, opened.OrderId, opened.Status));
        var queued = await agent.ReceivesAsync<ConversationView>(ChatEvents.ConversationQueued, c => c.Id == opened.Id);
        Assert.Equal(opened.CustomerId, queued.CustomerId);
        Assert.Equal([opened.Id], (await agent.InvokeAsync<List<ConversationView>>("WatchQueue")).Select(c => c.Id));
    }

    [Fact]
    public async Task Of_two_agents_racing_to_take_a_conversation_one_wins_and_the_other_is_told()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var customer = await app.ConnectAsync("customer-2", ShopRoles.Customer);
        await using var first = await app.ConnectAsync("agent-1", ShopRoles.Support);
        await using var second = await app.ConnectAsync("agent-2", ShopRoles.Admin);
        await first.InvokeAsync<List<ConversationView>>("WatchQueue");
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);

        var attempts = new[] { first, second }.Select(async agent =>
        {
            try
            {
                return (Won: true, View: await agent.InvokeAsync<ConversationView>("TakeConversation", opened.Id), Error: "");
            }
            catch (HubException refused)
            {
                return (Won: false, View: (ConversationView?)null, Error: refused.Message);
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, o => o.Won);
        var loser = Assert.Single(outcomes, o => !o.Won);
        Assert.Contains("conversation-taken", loser.Error, StringComparison.Ordinal);
        Assert.Equal("assigned", winner.View!.Status);
        var assigned = await customer.ReceivesAsync<ConversationView>(ChatEvents.ConversationAssigned, c => c.Id == opened.Id);
        Assert.Equal(winner.View.AgentId, assigned.AgentId);
        await first.ReceivesAsync<ConversationView>(ChatEvents.ConversationAssigned, c => c.Id == opened.Id);
        Assert.Empty(await first.InvokeAsync<List<ConversationView>>("WatchQueue"));
    }

    [Fact]
    public async Task Customer_and_agent_talk_live_with_typing_read_receipts_and_the_response_time_measured()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        using var responseTimes = new ResponseTimes(app.Services.GetRequiredService<IMeterFactory>());
        await using var customer = await app.ConnectAsync("customer-3", ShopRoles.Customer);
        await using var agent = await app.ConnectAsync("agent-3", ShopRoles.Support);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);
        await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "Where is my parcel?");
        _clock.Advance(TimeSpan.FromSeconds(30));
        await agent.InvokeAsync<ConversationView>("TakeConversation", opened.Id);
        var joined = await agent.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id);
        Assert.Equal(["Where is my parcel?"], joined.Messages.Select(m => m.Text));

        await agent.InvokeAsync("Typing", opened.Id);
        var typing = await customer.ReceivesAsync<TypingSignal>(ChatEvents.Typing, t => t.ConversationId == opened.Id);
        Assert.Equal(("agent-3", "agent"), (typing.UserId, typing.Side));
        Assert.Equal(1, await agent.InvokeAsync<int>("MarkRead", opened.Id));
        var receipt = await customer.ReceivesAsync<ReadReceipt>(ChatEvents.MessagesRead, r => r.ConversationId == opened.Id);
        Assert.Equal(("agent", 1), (receipt.ReaderSide, receipt.Count));

        var reply = await agent.InvokeAsync<MessageView>("SendMessage", opened.Id, "It ships today.");
        var heard = await customer.ReceivesAsync<MessageView>(ChatEvents.MessageReceived, m => m.Id == reply.Id);
        Assert.Equal(("It ships today.", "agent-3", "agent"), (heard.Text, heard.SenderId, heard.SenderSide));
        Assert.Equal([30.0], responseTimes.Seconds);
        await agent.InvokeAsync<MessageView>("SendMessage", opened.Id, "Anything else?");
        Assert.Equal([30.0], responseTimes.Seconds);

        await customer.InvokeAsync<int>("MarkRead", opened.Id);
        var customerRead = await agent.ReceivesAsync<ReadReceipt>(ChatEvents.MessagesRead, r => r.ReaderSide == "customer");
        Assert.Equal(2, customerRead.Count);
    }

    [Fact]
    public async Task Markup_is_stored_and_delivered_as_the_plain_text_that_was_sent()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var customer = await app.ConnectAsync("customer-4", ShopRoles.Customer);
        await using var agent = await app.ConnectAsync("agent-4", ShopRoles.Support);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);
        await agent.InvokeAsync<ConversationView>("TakeConversation", opened.Id);
        const string text = "<img src=x onerror=alert(1)> &amp; <b>bold</b>";

        var sent = await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, text);

        Assert.Equal(text, (await agent.ReceivesAsync<MessageView>(ChatEvents.MessageReceived, m => m.Id == sent.Id)).Text);
        Assert.Equal(text, (await agent.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id)).Messages.Single().Text);
    }

    [Fact]
    public async Task Closing_ends_the_conversation_for_both_and_nothing_more_is_accepted()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var customer = await app.ConnectAsync("customer-5", ShopRoles.Customer);
        await using var agent = await app.ConnectAsync("agent-5", ShopRoles.Support);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);
        await agent.InvokeAsync<ConversationView>("TakeConversation", opened.Id);

        var closed = await agent.InvokeAsync<ConversationView>("CloseConversation", opened.Id);

        Assert.Equal("closed", closed.Status);
        await customer.ReceivesAsync<ConversationView>(ChatEvents.ConversationClosed, c => c.Id == opened.Id);
        var send = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "hello?"));
        Assert.Contains("conversation-closed", send.Message, StringComparison.Ordinal);
        var again = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<ConversationView>("CloseConversation", opened.Id));
        Assert.Contains("conversation-closed", again.Message, StringComparison.Ordinal);
        var take = await Assert.ThrowsAsync<HubException>(() => agent.InvokeAsync<ConversationView>("TakeConversation", opened.Id));
        Assert.Contains("conversation-closed", take.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_may_close_their_own_conversation_while_it_waits()
    {
        await using var app = await ChatApp.StartAsync(databases.NewDatabase(), clock: _clock);
        await using var agent = await app.ConnectAsync("agent-6", ShopRoles.Support);
        await agent.InvokeAsync<List<ConversationView>>("WatchQueue");
        await using var customer = await app.ConnectAsync("customer-6", ShopRoles.Customer);
        var opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);

        await customer.InvokeAsync<ConversationView>("CloseConversation", opened.Id);

        await agent.ReceivesAsync<ConversationView>(ChatEvents.ConversationClosed, c => c.Id == opened.Id);
        Assert.Empty(await agent.InvokeAsync<List<ConversationView>>("WatchQueue"));
    }

    [Fact]
    public async Task Conversations_and_messages_survive_a_restart_of_the_service()
    {
        var database = databases.NewDatabase();
        ConversationView opened;
        await using (var app = await ChatApp.StartAsync(database, clock: _clock))
        {
            await using var customer = await app.ConnectAsync("customer-7", ShopRoles.Customer);
            opened = await customer.InvokeAsync<ConversationView>("OpenConversation", [null]);
            await customer.InvokeAsync<MessageView>("SendMessage", opened.Id, "before the restart");
        }

        await using var restarted = await ChatApp.StartAsync(database, clock: _clock);
        await using var again = await restarted.ConnectAsync("customer-7", ShopRoles.Customer);
        var joined = await again.InvokeAsync<ConversationJoined>("JoinConversation", opened.Id);
        Assert.Equal(["before the restart"], joined.Messages.Select(m => m.Text));
    }

    /// <summary>Listens to the chat response-time histogram of one app (its meter factory), not of apps in other tests.</summary>
    private sealed class ResponseTimes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<double> _seconds = [];

        public ResponseTimes(IMeterFactory app)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ChatMetrics.MeterName && instrument.Meter.Scope == app && instrument.Name == "k8sshop.chat.response_time")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
            {
                lock (_seconds)
                {
                    _seconds.Add(value);
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<double> Seconds
        {
            get
            {
                lock (_seconds)
                {
                    return [.. _seconds];
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
