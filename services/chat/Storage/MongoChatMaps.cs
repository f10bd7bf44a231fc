using K8sShop.Chat.Conversations;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace K8sShop.Chat.Storage;

/// <summary>
/// How conversations and messages look as BSON: ids as standard UUIDs (the driver refuses to guess a
/// GUID format) and statuses as strings, so the documents read well in any MongoDB tool. The domain
/// classes stay free of driver attributes.
/// </summary>
public static class MongoChatMaps
{
    private static readonly Lock Gate = new();

    public static void Register()
    {
        lock (Gate)
        {
            if (BsonClassMap.IsClassMapRegistered(typeof(ChatConversation)))
            {
                return;
            }

            var uuid = new GuidSerializer(GuidRepresentation.Standard);
            BsonClassMap.RegisterClassMap<ChatConversation>(map =>
            {
                map.AutoMap();
                map.MapIdMember(c => c.Id).SetSerializer(uuid);
                map.MapMember(c => c.OrderId).SetSerializer(new NullableSerializer<Guid>(uuid));
                map.MapMember(c => c.Status).SetSerializer(new EnumSerializer<ConversationStatus>(BsonType.String));
            });
            BsonClassMap.RegisterClassMap<ChatMessage>(map =>
            {
                map.AutoMap();
                map.MapIdMember(m => m.Id).SetSerializer(uuid);
                map.MapMember(m => m.ConversationId).SetSerializer(uuid);
                map.MapMember(m => m.SenderSide).SetSerializer(new EnumSerializer<ChatSide>(BsonType.String));
            });
        }
    }
}
