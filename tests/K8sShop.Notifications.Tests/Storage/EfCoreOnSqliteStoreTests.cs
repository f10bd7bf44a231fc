using Xunit;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>The storage contract on EF Core and SQLite (the embedded mode).</summary>
public sealed class EfCoreOnSqliteStoreTests(SqliteStoreHost host) : NotificationStoreContract(host), IClassFixture<SqliteStoreHost>;
