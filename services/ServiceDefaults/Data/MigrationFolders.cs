using System.Reflection;

namespace K8sShop.ServiceDefaults.Data;

/// <summary>Names the migration folder (and namespace) of each relational engine.</summary>
public static class MigrationFolders
{
    public const string MySql = "MySql";
    public const string Sqlite = "Sqlite";

    public static string For(string? providerName) => providerName switch
    {
        "Pomelo.EntityFrameworkCore.MySql" => MySql,
        "Microsoft.EntityFrameworkCore.Sqlite" => Sqlite,
        _ => throw new InvalidOperationException($"No migration folder for provider '{providerName}'."),
    };

    public static bool Contains(TypeInfo type, string folder) =>
        type.Namespace is { } ns && ns.EndsWith(".Migrations." + folder, StringComparison.Ordinal);
}
