using Xunit;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>The storage contract on EF Core and a real MariaDB.</summary>
public sealed class EfCoreOnMariaDbStoreTests(MariaDbStoreHost host) : NotificationStoreContract(host), IClassFixture<MariaDbStoreHost>;
