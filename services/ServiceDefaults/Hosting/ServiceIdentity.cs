using System.Reflection;

namespace K8sShop.ServiceDefaults;

/// <summary>
/// Who a piece of code belongs to. In the one-process host nine services share one process; spans,
/// metrics and logs carry <see cref="TagName"/> so an SRE can still tell them apart.
/// </summary>
public sealed record ServiceIdentity(string Name)
{
    public const string TagName = "k8sshop.service";

    public static string Version { get; } =
        typeof(ServiceIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
