namespace K8sShop.Testing;

/// <summary>Finds the repository (the folder holding K8sShop.sln) from a test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Debug or Release: the configuration the tests were built with, so processes they start match.</summary>
    public static string BuildConfiguration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "K8sShop.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("K8sShop.sln not found above " + AppContext.BaseDirectory);
    }
}
