using K8sShop.Chat.Conversations;
using K8sShop.Chat.Live;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Chat.Transcripts;

/// <summary>
/// Transcripts over REST: a customer lists and reads their own conversations, support and admins
/// everyone's (optionally by status). Another customer's conversation answers 404, as if it did not exist.
/// </summary>
public static class TranscriptsApi
{
    public static RouteGroupBuilder MapTranscripts(this RouteGroupBuilder chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var conversations = chat.MapGroup("/conversations").WithTags("Transcripts").RequireAuthorization(ShopPolicies.Account);
        conversations.MapGet("/", ListConversations).WithName("chat-conversations")
            .WithSummary("Conversations, newest first: the caller's own, or for support and admins everyone's; filter by status (open, assigned, closed).");
        conversations.MapGet("/{id:guid}", GetConversation).WithName("chat-conversation")
            .WithSummary("One conversation.");
        conversations.MapGet("/{id:guid}/messages", ListMessages).WithName("chat-messages")
            .WithSummary("A conversation's messages, oldest first. Texts are plain text: escape them on display.");
        return chat;
    }

    private static async Task<Results<Ok<TranscriptPage<ConversationView>>, ValidationProblem>> ListConversations(
        string? status, int? page, int? pageSize, HttpContext http, IChatStore store, CancellationToken cancellationToken)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        ConversationStatus? wanted = null;
        if (status is not null)
        {
            if (int.TryParse(status, out _) || !Enum.TryParse<ConversationStatus>(status, ignoreCase: true, out var parsed))
            {
                errors["status"] = ["status is one of open, assigned, closed."];
            }
            else
            {
                wanted = parsed;
            }
        }

        if (paging is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var caller = ChatCaller.Of(http.User);
        var customer = caller.Side == ChatSide.Agent ? null : caller.Id;
        var found = await store.ListConversationsAsync(new ConversationQuery(customer, wanted, paging.Skip, paging.PageSize), cancellationToken);
        return TypedResults.Ok(new TranscriptPage<ConversationView>([.. found.Items.Select(ConversationView.Of)], paging.Page, paging.PageSize, found.Total));
    }

    private static async Task<Results<Ok<ConversationView>, NotFound>> GetConversation(
        Guid id, HttpContext http, IChatStore store, CancellationToken cancellationToken)
    {
        var conversation = await VisibleAsync(id, http, store, cancellationToken);
        return conversation is null ? TypedResults.NotFound() : TypedResults.Ok(ConversationView.Of(conversation));
    }

    private static async Task<Results<Ok<TranscriptPage<MessageView>>, NotFound, ValidationProblem>> ListMessages(
        Guid id, int? page, int? pageSize, HttpContext http, IChatStore store, CancellationToken cancellationToken)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await VisibleAsync(id, http, store, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var found = await store.ListMessagesAsync(id, paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new TranscriptPage<MessageView>([.. found.Items.Select(MessageView.Of)], paging.Page, paging.PageSize, found.Total));
    }

    private static async Task<ChatConversation?> VisibleAsync(Guid id, HttpContext http, IChatStore store, CancellationToken cancellationToken)
    {
        var conversation = await store.FindConversationAsync(id, cancellationToken);
        return conversation is not null && ChatCaller.Of(http.User).MayAccess(conversation) ? conversation : null;
    }
}
