using Microsoft.Extensions.Options;

namespace K8sShop.Notifications.Email;

/// <summary>The folder <c>files</c> mode writes <c>.eml</c> files to, and the development mail viewer reads.</summary>
public sealed class MailFolder(IOptions<EmailOptions> options, IConfiguration configuration)
{
    public string Path { get; } = options.Value.Folder
        ?? System.IO.Path.Combine(System.IO.Path.GetFullPath(configuration["DataFolder"] ?? ".data"), "mail");

    /// <summary>The full path of a file the viewer may show: a plain <c>.eml</c> name in the folder, nothing else.</summary>
    public string? Resolve(string name)
    {
        if (string.IsNullOrEmpty(name) || name != System.IO.Path.GetFileName(name) || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return null;
        }

        var path = System.IO.Path.Combine(Path, name);
        return File.Exists(path) ? path : null;
    }
}
