using K8sShop.Chat.Conversations;
using K8sShop.Chat.Orders;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace K8sShop.Chat.Live;

/// <summary>
/// <c>/hubs/chat</c>: customers open conversations, agents take them from a live queue, both talk.
/// Every method checks the caller against the conversation itself; joining a group is never the
/// authorization, so a customer cannot reach another's conversation by guessing its id.
/// </summary>
[Authorize(Policy = ShopPolicies.Account)]
public sealed class ChatHub(
    IChatStore store,
    IChatBroadcast broadcast,
    TimeProvider clock,
    IOptions<ChatLimits> limits,
    ChatMetrics metrics,
    CustomerOrders orders) : Hub
{
    public const string Path = "/hubs/chat";

    private const string RateWindowKey = "chat:rate-window";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private CancellationToken Aborted => Context.ConnectionAborted;

    /// <summary>
    /// A customer opens a conversation, optionally about one of their orders (the orders service confirms it
    /// is theirs); it joins the support queue.
    /// </summary>
    [Authorize(Policy = ShopPolicies.Customer)]
    public async Task<ConversationView> OpenConversation(Guid? orderId)
    {
        var caller = ChatCaller.Of(Context.User);
        if (orderId is { } order)
        {
            await RequireOwnOrderAsync(order);
        }

        var conversation = new ChatConversation
        {
            Id = Guid.CreateVersion7(),
            CustomerId = caller.Id,
            OrderId = orderId,
            Status = ConversationStatus.Open,
            OpenedAtUtc = Now,
        };
        await store.AddConversationAsync(conversation, Aborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Conversation(conversation.Id), Aborted);
        var view = ConversationView.Of(conversation);
        await broadcast.SendAsync(ChatGroups.Queue, ChatEvents.ConversationQueued, view, Aborted);
        return view;
    }

    /// <summary>An agent starts receiving queue changes live and gets the queue as it is now.</summary>
    [Authorize(Policy = ShopPolicies.Support)]
    public async Task<IReadOnlyList<ConversationView>> WatchQueue()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Queue, Aborted);
        var queue = await store.ListQueueAsync(200, Aborted);
        return [.. queue.Select(ConversationView.Of)];
    }

    /// <summary>A participant (the customer, or any agent) joins to receive the conversation's events.</summary>
    public async Task<ConversationJoined> JoinConversation(Guid conversationId)
    {
        var conversation = await AccessibleAsync(conversationId);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Conversation(conversationId), Aborted);
        var recent = limits.Value.MessagesOnJoin;
        var count = (await store.ListMessagesAsync(conversationId, 0, 0, Aborted)).Total;
        var messages = await store.ListMessagesAsync(conversationId, Math.Max(0, count - recent), recent, Aborted);
        return new ConversationJoined(ConversationView.Of(conversation), [.. messages.Items.Select(MessageView.Of)], messages.Total);
    }

    /// <summary>An agent takes a waiting conversation; of agents racing for it exactly one succeeds.</summary>
    [Authorize(Policy = ShopPolicies.Support)]
    public async Task<ConversationView> TakeConversation(Guid conversationId)
    {
        var caller = ChatCaller.Of(Context.User);
        if (!await store.TryAssignAsync(conversationId, caller.Id, Now, Aborted))
        {
            var existing = await store.FindConversationAsync(conversationId, Aborted) ?? throw ChatErrors.NotFound();
            throw existing.Status == ConversationStatus.Closed ? ChatErrors.Closed() : ChatErrors.Taken();
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Conversation(conversationId), Aborted);
        var view = ConversationView.Of((await store.FindConversationAsync(conversationId, Aborted))!);
        await broadcast.SendAsync(ChatGroups.Queue, ChatEvents.ConversationAssigned, view, Aborted);
        await broadcast.SendAsync(ChatGroups.Conversation(conversationId), ChatEvents.ConversationAssigned, view, Aborted);
        return view;
    }

    /// <summary>Sends plain text into a conversation; it is stored exactly as given and never treated as markup.</summary>
    public async Task<MessageView> SendMessage(Guid conversationId, string text)
    {
        var settings = limits.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ChatErrors.Empty();
        }

        if (text.Length > settings.MaxMessageLength)
        {
            throw ChatErrors.TooLong(settings.MaxMessageLength);
        }

        var window = (MessageRateWindow)(Context.Items[RateWindowKey] ??= new MessageRateWindow(settings.MessagesPerWindow, settings.RateWindow, clock));
        if (!window.TryAcquire())
        {
            throw ChatErrors.RateLimited(settings.MessagesPerWindow, settings.RateWindow);
        }

        var caller = ChatCaller.Of(Context.User);
        var conversation = await AccessibleAsync(conversationId);
        if (conversation.Status == ConversationStatus.Closed)
        {
            throw ChatErrors.Closed();
        }

        var message = new ChatMessage
        {
            Id = Guid.CreateVersion7(),
            ConversationId = conversationId,
            SenderId = caller.Id,
            SenderSide = caller.Side,
            Text = text,
            SentAtUtc = Now,
        };
        await store.AddMessageAsync(message, Aborted);
        if (caller.Side == ChatSide.Agent && await store.TryRecordFirstAgentReplyAsync(conversationId, message.SentAtUtc, Aborted))
        {
            metrics.RecordFirstReply(message.SentAtUtc - conversation.OpenedAtUtc);
        }

        var view = MessageView.Of(message);
        await broadcast.SendAsync(ChatGroups.Conversation(conversationId), ChatEvents.MessageReceived, view, Aborted);
        return view;
    }

    /// <summary>Tells the conversation that the caller is typing.</summary>
    public async Task Typing(Guid conversationId)
    {
        var caller = ChatCaller.Of(Context.User);
        await AccessibleAsync(conversationId);
        await broadcast.SendAsync(
            ChatGroups.Conversation(conversationId), ChatEvents.Typing, new TypingSignal(conversationId, caller.Id, Wire.Name(caller.Side)), Aborted);
    }

    /// <summary>Marks the other side's messages as read by the caller's side (read receipts); answers how many were new.</summary>
    public async Task<int> MarkRead(Guid conversationId)
    {
        var caller = ChatCaller.Of(Context.User);
        await AccessibleAsync(conversationId);
        var now = Now;
        var count = await store.MarkReadAsync(conversationId, caller.Side, now, Aborted);
        if (count > 0)
        {
            await broadcast.SendAsync(
                ChatGroups.Conversation(conversationId), ChatEvents.MessagesRead, new ReadReceipt(conversationId, Wire.Name(caller.Side), Wire.Utc(now), count), Aborted);
        }

        return count;
    }

    /// <summary>The customer or an agent ends the conversation.</summary>
    public async Task<ConversationView> CloseConversation(Guid conversationId)
    {
        var caller = ChatCaller.Of(Context.User);
        await AccessibleAsync(conversationId);
        if (!await store.TryCloseAsync(conversationId, caller.Id, Now, Aborted))
        {
            throw ChatErrors.Closed();
        }

        var view = ConversationView.Of((await store.FindConversationAsync(conversationId, Aborted))!);
        await broadcast.SendAsync(ChatGroups.Conversation(conversationId), ChatEvents.ConversationClosed, view, Aborted);
        await broadcast.SendAsync(ChatGroups.Queue, ChatEvents.ConversationClosed, view, Aborted);
        return view;
    }

    private async Task RequireOwnOrderAsync(Guid orderId)
    {
        var token = CallerAccessToken.Of(Context.GetHttpContext()) ?? throw ChatErrors.NotYourOrder();
        switch (await orders.OwnershipAsync(orderId, token, Aborted))
        {
            case OrderOwnership.Owned:
                return;
            case OrderOwnership.NotOwned:
                throw ChatErrors.NotYourOrder();
            default:
                throw ChatErrors.OrdersUnavailable();
        }
    }

    private async Task<ChatConversation> AccessibleAsync(Guid conversationId)
    {
        var caller = ChatCaller.Of(Context.User);
        var conversation = await store.FindConversationAsync(conversationId, Aborted) ?? throw ChatErrors.NotFound();
        return caller.MayAccess(conversation) ? conversation : throw ChatErrors.Forbidden();
    }
}
