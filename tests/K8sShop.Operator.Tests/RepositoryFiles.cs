namespace K8sShop.Operator.Tests;

/// <summary>Files of the repository the tests read and (for goldens) write.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string TestDirectory => Path.Combine(Root, "tests", "K8sShop.Operator.Tests");

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path_(parts));

    /// <summary>Set UPDATE_GOLDEN=1 to rewrite committed generated files instead of comparing with them.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
