namespace K8sShop.Gateway;

/// <summary>Where the built web app lives, or null when it has not been built (then a placeholder page is served).</summary>
public sealed record WebRoot(string? Directory)
{
    /// <summary>
    /// The configured folder; else <c>wwwroot</c> beside the app (container images); else the
    /// repository's <c>web/dist</c> found upward from the content root (local runs).
    /// </summary>
    public static WebRoot Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new WebRoot(HasIndex(configured) ? Path.GetFullPath(configured) : null);
        }

        var beside = Path.Combine(contentRoot, "wwwroot");
        if (HasIndex(beside))
        {
            return new WebRoot(beside);
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var dist = Path.Combine(folder.FullName, "web", "dist");
            if (HasIndex(dist))
            {
                return new WebRoot(dist);
            }
        }

        return new WebRoot((string?)null);
    }

    private static bool HasIndex(string folder) => File.Exists(Path.Combine(folder, "index.html"));
}
