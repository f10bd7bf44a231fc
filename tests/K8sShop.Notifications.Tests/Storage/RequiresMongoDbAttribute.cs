namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// Marks a test class that needs a MongoDB server: its <see cref="ContractFactAttribute"/> tests are reported
/// as skipped, with <see cref="MongoDbServer.SkipReason"/>, where <see cref="MongoDbServer"/> has none.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresMongoDbAttribute : Attribute
{
    public static string? SkipReasonFor(Type testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        return IsDefined(testClass, typeof(RequiresMongoDbAttribute)) && !MongoDbServer.Available ? MongoDbServer.SkipReason : null;
    }
}
