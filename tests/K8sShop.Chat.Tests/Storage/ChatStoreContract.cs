using K8sShop.Chat.Conversations;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace K8sShop.Chat.Tests.Storage;

/// <summary>
/// What every adapter of <see cref="IChatStore"/> must do; one subclass per adapter supplies a fresh,
/// empty database for each test.
/// </summary>
public abstract class ChatStoreContract : IAsyncLifetime
{
    private readonly List<ChatStorageHost> _hosts = [];

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>A connection string to a new empty database for this adapter (skips the test when it cannot be reached).</summary>
    protected abstract Task<string> NewDatabaseAsync();

    [SkippableFact]
    public async Task A_conversation_is_stored_and_found_again_with_every_field()
    {
        var store = await StoreAsync();
        var order = Guid.NewGuid();
        var opened = Conversation("customer-1", order);
        await store.WithStoreAsync(async s => { await s.AddConversationAsync(opened, default); return 0; });

        var found = await store.WithStoreAsync(s => s.FindConversationAsync(opened.Id, default));

        Assert.NotNull(found);
        Assert.Equal((opened.CustomerId, order, ConversationStatus.Open, (string?)null, Now), (found.CustomerId, found.OrderId, found.Status, found.AgentId, found.OpenedAtUtc));
        Assert.Null(await store.WithStoreAsync(s => s.FindConversationAsync(Guid.NewGuid(), default)));
    }

    [SkippableFact]
    public async Task Of_agents_racing_to_take_a_conversation_exactly_one_wins()
    {
        var store = await StoreAsync();
        var conversation = await OpenAsync(store, "customer-race");

        var agents = Enumerable.Range(1, 8).Select(i => $"agent-{i}").ToList();
        var outcomes = await Task.WhenAll(agents.Select(agent => store.WithStoreAsync(s => s.TryAssignAsync(conversation.Id, agent, Now, default))));

        Assert.Single(outcomes, won => won);
        var winner = agents[Array.IndexOf(outcomes, true)];
        var taken = await store.WithStoreAsync(s => s.FindConversationAsync(conversation.Id, default));
        Assert.Equal((ConversationStatus.Assigned, winner, Now), (taken!.Status, taken.AgentId, taken.AssignedAtUtc!.Value));
    }

    [SkippableFact]
    public async Task A_closed_conversation_can_be_neither_taken_nor_closed_again()
    {
        var store = await StoreAsync();
        var conversation = await OpenAsync(store, "customer-close");

        Assert.True(await store.WithStoreAsync(s => s.TryCloseAsync(conversation.Id, "customer-close", Now, default)));
        Assert.False(await store.WithStoreAsync(s => s.TryCloseAsync(conversation.Id, "agent-1", Now, default)));
        Assert.False(await store.WithStoreAsync(s => s.TryAssignAsync(conversation.Id, "agent-1", Now, default)));
        Assert.False(await store.WithStoreAsync(s => s.TryAssignAsync(Guid.NewGuid(), "agent-1", Now, default)));

        var closed = await store.WithStoreAsync(s => s.FindConversationAsync(conversation.Id, default));
        Assert.Equal((ConversationStatus.Closed, "customer-close", (string?)null), (closed!.Status, closed.ClosedBy, closed.AgentId));
    }

    [SkippableFact]
    public async Task Messages_come_back_oldest_first_in_pages_with_their_total_and_text_exactly_as_sent()
    {
        var store = await StoreAsync();
        var conversation = await OpenAsync(store, "customer-msg");
        string[] texts = ["<script>alert('x')</script>", "  spaces kept  ", "émoji 👋 & ünïcode", "fourth", "fifth"];
        foreach (var text in texts)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            await store.WithStoreAsync(async s => { await s.AddMessageAsync(Message(conversation.Id, "customer-msg", ChatSide.Customer, text), default); return 0; });
        }

        var first = await store.WithStoreAsync(s => s.ListMessagesAsync(conversation.Id, 0, 3, default));
        var second = await store.WithStoreAsync(s => s.ListMessagesAsync(conversation.Id, 3, 3, default));

        Assert.Equal((5, 5), (first.Total, second.Total));
        Assert.Equal(texts, first.Items.Concat(second.Items).Select(m => m.Text));
        Assert.Equal(0, (await store.WithStoreAsync(s => s.ListMessagesAsync(Guid.NewGuid(), 0, 10, default))).Total);
        var after = await store.WithStoreAsync(s => s.FindConversationAsync(conversation.Id, default));
        Assert.Equal(Now, after!.LastMessageAtUtc);
    }

    [SkippableFact]
    public async Task Marking_read_touches_only_the_other_sides_unread_messages_sent_until_then()
    {
        var store = await StoreAsync();
        var conversation = await OpenAsync(store, "customer-read");
        var fromCustomer = Message(conversation.Id, "customer-read", ChatSide.Customer, "hello");
        await store.WithStoreAsync(async s => { await s.AddMessageAsync(fromCustomer, default); return 0; });
        Clock.Advance(TimeSpan.FromSeconds(5));
        var fromAgent = Message(conversation.Id, "agent-1", ChatSide.Agent, "hi, how can I help?");
        await store.WithStoreAsync(async s => { await s.AddMessageAsync(fromAgent, default); return 0; });
        Clock.Advance(TimeSpan.FromSeconds(5));
        var readAt = Now;
        Clock.Advance(TimeSpan.FromSeconds(5));
        var later = Message(conversation.Id, "agent-1", ChatSide.Agent, "still there?");
        await store.WithStoreAsync(async s => { await s.AddMessageAsync(later, default); return 0; });

        Assert.Equal(1, await store.WithStoreAsync(s => s.MarkReadAsync(conversation.Id, ChatSide.Customer, readAt, default)));
        Assert.Equal(0, await store.WithStoreAsync(s => s.MarkReadAsync(conversation.Id, ChatSide.Customer, readAt, default)));

        var messages = (await store.WithStoreAsync(s => s.ListMessagesAsync(conversation.Id, 0, 10, default))).Items;
        Assert.Equal<DateTime?>([null, readAt, null], messages.Select(m => m.ReadAtUtc));
    }

    [SkippableFact]
    public async Task The_first_agent_reply_is_recorded_once()
    {
        var store = await StoreAsync();
        var conversation = await OpenAsync(store, "customer-first");
        Clock.Advance(TimeSpan.FromSeconds(42));
        var firstAt = Now;

        Assert.True(await store.WithStoreAsync(s => s.TryRecordFirstAgentReplyAsync(conversation.Id, firstAt, default)));
        Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(await store.WithStoreAsync(s => s.TryRecordFirstAgentReplyAsync(conversation.Id, Now, default)));

        Assert.Equal(firstAt, (await store.WithStoreAsync(s => s.FindConversationAsync(conversation.Id, default)))!.FirstAgentReplyAtUtc);
    }

    [SkippableFact]
    public async Task Conversations_are_listed_newest_first_by_customer_and_status_in_pages()
    {
        var store = await StoreAsync();
        var mine = new List<ChatConversation>();
        for (var i = 0; i < 3; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            mine.Add(await OpenAsync(store, "customer-a"));
            Clock.Advance(TimeSpan.FromMinutes(1));
            await OpenAsync(store, "customer-b");
        }

        await store.WithStoreAsync(s => s.TryCloseAsync(mine[0].Id, "customer-a", Now, default));

        var page = await store.WithStoreAsync(s => s.ListConversationsAsync(new ConversationQuery("customer-a", null, 0, 2), default));
        Assert.Equal(3, page.Total);
        Assert.Equal([mine[2].Id, mine[1].Id], page.Items.Select(c => c.Id));
        var rest = await store.WithStoreAsync(s => s.ListConversationsAsync(new ConversationQuery("customer-a", null, 2, 2), default));
        Assert.Equal([mine[0].Id], rest.Items.Select(c => c.Id));

        var closed = await store.WithStoreAsync(s => s.ListConversationsAsync(new ConversationQuery(null, ConversationStatus.Closed, 0, 10), default));
        Assert.Equal([mine[0].Id], closed.Items.Select(c => c.Id));
        var everyone = await store.WithStoreAsync(s => s.ListConversationsAsync(new ConversationQuery(null, null, 0, 10), default));
        Assert.Equal(6, everyone.Total);
        Assert.Equal(everyone.Items.OrderByDescending(c => c.OpenedAtUtc).Select(c => c.Id), everyone.Items.Select(c => c.Id));
    }

    [SkippableFact]
    public async Task The_queue_holds_only_open_conversations_the_longest_waiting_first()
    {
        var store = await StoreAsync();
        var first = await OpenAsync(store, "customer-q1");
        Clock.Advance(TimeSpan.FromSeconds(30));
        var taken = await OpenAsync(store, "customer-q2");
        Clock.Advance(TimeSpan.FromSeconds(30));
        var third = await OpenAsync(store, "customer-q3");
        Clock.Advance(TimeSpan.FromSeconds(30));
        var closed = await OpenAsync(store, "customer-q4");
        await store.WithStoreAsync(s => s.TryAssignAsync(taken.Id, "agent-1", Now, default));
        await store.WithStoreAsync(s => s.TryCloseAsync(closed.Id, "customer-q4", Now, default));

        var queue = await store.WithStoreAsync(s => s.ListQueueAsync(10, default));

        Assert.Equal([first.Id, third.Id], queue.Select(c => c.Id));
        Assert.Equal([first.Id], (await store.WithStoreAsync(s => s.ListQueueAsync(1, default))).Select(c => c.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    private async Task<ChatStorageHost> StoreAsync()
    {
        var host = await ChatStorageHost.StartAsync(await NewDatabaseAsync(), Clock);
        _hosts.Add(host);
        return host;
    }

    private async Task<ChatConversation> OpenAsync(ChatStorageHost store, string customer)
    {
        var conversation = Conversation(customer, null);
        await store.WithStoreAsync(async s => { await s.AddConversationAsync(conversation, default); return 0; });
        return conversation;
    }

    private ChatConversation Conversation(string customer, Guid? order) =>
        new() { Id = Guid.CreateVersion7(), CustomerId = customer, OrderId = order, Status = ConversationStatus.Open, OpenedAtUtc = Now };

    private ChatMessage Message(Guid conversation, string sender, ChatSide side, string text) =>
        new() { Id = Guid.CreateVersion7(), ConversationId = conversation, SenderId = sender, SenderSide = side, Text = text, SentAtUtc = Now };
}
