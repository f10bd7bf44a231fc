using K8sShop.Chat.Conversations;
using K8sShop.Chat.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Xunit;

namespace K8sShop.Chat.Tests.Storage;

/// <summary>
/// The MongoDB adapter's document shapes, checked with the driver's own serializer and no server
/// (the contract suite covers the queries when <c>MONGODB_URI</c> names one).
/// </summary>
public sealed class MongoDocumentMappingTests
{
    private static readonly DateTime At = new(2026, 11, 24, 10, 0, 0, 123, DateTimeKind.Utc);

    [Fact]
    public void A_conversation_becomes_a_document_with_a_standard_uuid_and_a_status_name_and_comes_back_whole_without_a_server()
    {
        MongoChatMaps.Register();
        var conversation = new ChatConversation
        {
            Id = Guid.CreateVersion7(),
            CustomerId = "customer-1",
            OrderId = Guid.NewGuid(),
            Status = ConversationStatus.Assigned,
            AgentId = "agent-1",
            OpenedAtUtc = At,
            AssignedAtUtc = At.AddSeconds(5),
        };

        var document = conversation.ToBsonDocument();

        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal(BsonBinarySubType.UuidStandard, document[nameof(ChatConversation.OrderId)].AsBsonBinaryData.SubType);
        Assert.Equal("Assigned", document[nameof(ChatConversation.Status)].AsString);
        Assert.Equivalent(conversation, BsonSerializer.Deserialize<ChatConversation>(document), strict: true);
        Assert.Null(BsonSerializer.Deserialize<ChatConversation>(new ChatConversation { CustomerId = "c", OpenedAtUtc = At }.ToBsonDocument()).OrderId);
    }

    [Fact]
    public void A_message_becomes_a_document_with_its_text_untouched_and_comes_back_whole_without_a_server()
    {
        MongoChatMaps.Register();
        var message = new ChatMessage
        {
            Id = Guid.CreateVersion7(),
            ConversationId = Guid.CreateVersion7(),
            SenderId = "customer-1",
            SenderSide = ChatSide.Customer,
            Text = "<b>\"quoted\"</b> & ünïcode",
            SentAtUtc = At,
        };

        var document = message.ToBsonDocument();

        Assert.Equal(BsonBinarySubType.UuidStandard, document[nameof(ChatMessage.ConversationId)].AsBsonBinaryData.SubType);
        Assert.Equal("Customer", document[nameof(ChatMessage.SenderSide)].AsString);
        Assert.Equal(message.Text, document[nameof(ChatMessage.Text)].AsString);
        Assert.Equivalent(message, BsonSerializer.Deserialize<ChatMessage>(document), strict: true);
    }
}
