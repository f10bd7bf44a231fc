using Xunit;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>
/// A browser test: runs where Debian's Chromium is installed (CI installs it with scripts/infra.sh)
/// and is skipped, saying why, only where it is not.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is not installed (apt-get install chromium, or run scripts/infra.sh as root).";
        }
    }
}
