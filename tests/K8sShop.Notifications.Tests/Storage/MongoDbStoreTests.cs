using Xunit;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>The storage contract on MongoDB: runs where <see cref="MongoDbServer"/> has a server, otherwise skipped with the reason.</summary>
[RequiresMongoDb]
public sealed class MongoDbStoreTests(MongoStoreHost host) : NotificationStoreContract(host), IClassFixture<MongoStoreHost>;
