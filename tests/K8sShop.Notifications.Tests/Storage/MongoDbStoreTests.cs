using Xunit;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>The storage contract on MongoDB: runs when <c>MONGODB_URI</c> names a server, otherwise skipped with the reason.</summary>
[RequiresServer(MongoStoreHost.Variable, "no MongoDB server reachable: set MONGODB_URI")]
public sealed class MongoDbStoreTests(MongoStoreHost host) : NotificationStoreContract(host), IClassFixture<MongoStoreHost>;
