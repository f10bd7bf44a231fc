using Xunit;
using Xunit.Sdk;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// A contract test, inherited by one test class per adapter. It runs like a <see cref="FactAttribute"/>,
/// but is skipped (and shown as skipped in the results) in a class marked <see cref="RequiresMongoDbAttribute"/>
/// when there is no such server.
/// </summary>
[XunitTestCaseDiscoverer("K8sShop.Notifications.Tests.Storage.ContractFactDiscoverer", "K8sShop.Notifications.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
