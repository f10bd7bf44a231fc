using K8sShop.Users.Tests.Hosting;
using Xunit;

namespace K8sShop.Users.Tests.Platform;

/// <summary>A first start on an empty database is quiet: the schema exists before anything reads it.</summary>
public sealed class StartupTests(UsersApp app) : IClassFixture<UsersApp>
{
    [Fact]
    public void Starting_on_an_empty_database_logs_no_error()
    {
        var errors = app.Logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
