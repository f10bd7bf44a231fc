using Xunit.Abstractions;
using Xunit.Sdk;

namespace K8sShop.Notifications.Tests.Storage;

/// <summary>A test case whose skip reason is decided by its class's <see cref="RequiresMongoDbAttribute"/>.</summary>
public sealed class ServerBoundTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ServerBoundTestCase()
    {
    }

    public ServerBoundTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        RequiresMongoDbAttribute.SkipReasonFor(TestMethod.TestClass.Class.ToRuntimeType()) ?? base.GetSkipReason(factAttribute);
}
