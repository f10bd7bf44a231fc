using K8sShop.Notifications.Contacts;
using K8sShop.Notifications.Inbox;
using K8sShop.Notifications.Preferences;
using K8sShop.Notifications.Sending;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace K8sShop.Notifications.Storage.Mongo;

/// <summary>The service's MongoDB collections, with how each type maps to its documents.</summary>
public sealed class MongoCollections
{
    static MongoCollections()
    {
        // Guids as standard UUIDs (subtype 4), readable by every driver; the process may hold other
        // services' maps (the one-process host), so register only what is not there yet.
        BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
        BsonClassMap.TryRegisterClassMap<Contact>(map =>
        {
            map.AutoMap();
            map.MapIdMember(c => c.UserId);
        });
        BsonClassMap.TryRegisterClassMap<OrderOwner>(map =>
        {
            map.AutoMap();
            map.MapIdMember(o => o.OrderId);
        });
        BsonClassMap.TryRegisterClassMap<ChannelPreferences>(map =>
        {
            map.AutoMap();
            map.MapIdMember(p => p.UserId);
        });
        BsonClassMap.TryRegisterClassMap<Delivery>(map =>
        {
            map.AutoMap();
            map.MapIdMember(d => d.Id);
            map.MapMember(d => d.Status).SetSerializer(new EnumSerializer<DeliveryStatus>(BsonType.String));
            map.MapMember(d => d.Channel).SetSerializer(new EnumSerializer<Channel>(BsonType.String));
        });
        BsonClassMap.TryRegisterClassMap<InboxItem>(map =>
        {
            map.AutoMap();
            map.MapIdMember(i => i.Id);
        });
        BsonClassMap.TryRegisterClassMap<ProcessedMessageDocument>(map =>
        {
            map.AutoMap();
            map.MapIdMember(p => p.Id);
        });
    }

    public MongoCollections(IMongoDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Contacts = database.GetCollection<Contact>("contacts");
        OrderOwners = database.GetCollection<OrderOwner>("order_owners");
        Preferences = database.GetCollection<ChannelPreferences>("channel_preferences");
        Deliveries = database.GetCollection<Delivery>("deliveries");
        InboxItems = database.GetCollection<InboxItem>("inbox_items");
        ProcessedMessages = database.GetCollection<ProcessedMessageDocument>("processed_messages");
    }

    public IMongoCollection<Contact> Contacts { get; }

    public IMongoCollection<OrderOwner> OrderOwners { get; }

    public IMongoCollection<ChannelPreferences> Preferences { get; }

    public IMongoCollection<Delivery> Deliveries { get; }

    public IMongoCollection<InboxItem> InboxItems { get; }

    public IMongoCollection<ProcessedMessageDocument> ProcessedMessages { get; }

    /// <summary>One index per query the store makes; unique ones make redeliveries and races harmless.</summary>
    public async Task CreateIndexesAsync(CancellationToken cancellationToken)
    {
        await Deliveries.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<Delivery>(Builders<Delivery>.IndexKeys.Ascending(d => d.Key), new CreateIndexOptions { Unique = true }),
            new CreateIndexModel<Delivery>(Builders<Delivery>.IndexKeys.Ascending(d => d.Status).Ascending(d => d.NextAttemptAtUtc)),
            new CreateIndexModel<Delivery>(Builders<Delivery>.IndexKeys.Ascending(d => d.UserId).Descending(d => d.CreatedAtUtc)),
        ], cancellationToken);
        await InboxItems.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<InboxItem>(Builders<InboxItem>.IndexKeys.Ascending(i => i.Key), new CreateIndexOptions { Unique = true }),
            new CreateIndexModel<InboxItem>(Builders<InboxItem>.IndexKeys.Ascending(i => i.UserId).Descending(i => i.CreatedAtUtc).Descending(i => i.Id)),
            new CreateIndexModel<InboxItem>(Builders<InboxItem>.IndexKeys.Ascending(i => i.UserId).Ascending(i => i.ReadAtUtc)),
        ], cancellationToken);
        await ProcessedMessages.Indexes.CreateOneAsync(
            new CreateIndexModel<ProcessedMessageDocument>(
                Builders<ProcessedMessageDocument>.IndexKeys.Ascending(p => p.Consumer).Ascending(p => p.MessageId),
                new CreateIndexOptions { Unique = true }),
            cancellationToken: cancellationToken);
    }
}
