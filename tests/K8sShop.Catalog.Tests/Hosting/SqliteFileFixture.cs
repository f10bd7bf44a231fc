namespace K8sShop.Catalog.Tests.Hosting;

/// <summary>One SQLite file per test class (xunit class fixture).</summary>
public sealed class SqliteFileFixture : IDisposable
{
    private readonly SqliteFile _file = new();

    public string ConnectionString => _file.ConnectionString;

    public void Dispose() => _file.Dispose();
}
