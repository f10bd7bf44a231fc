namespace K8sShop.Notifications.Tests.Storage;

/// <summary>
/// Marks a test class whose server cannot be started here: its <see cref="ContractFactAttribute"/> tests are
/// reported as skipped, with <see cref="Reason"/>, unless the environment variable names a server.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresServerAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;

    public static string? SkipReasonFor(Type testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        var required = (RequiresServerAttribute?)GetCustomAttribute(testClass, typeof(RequiresServerAttribute));
        return required is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(required.Variable)) ? required.Reason : null;
    }
}
