using K8sShop.ServiceDefaults.Data;
using Xunit;

namespace K8sShop.Platform.Tests.Data;

public sealed class DatabaseEnginesTests
{
    [Theory]
    [InlineData("Server=127.0.0.1;Database=orders;User=u;Password=p", DatabaseEngine.MySql)]
    [InlineData("Host=db;Database=orders", DatabaseEngine.MySql)]
    [InlineData("Data Source=.data/orders.db", DatabaseEngine.Sqlite)]
    [InlineData("DataSource=:memory:", DatabaseEngine.Sqlite)]
    [InlineData("mongodb://chat:secret@mongo:27017/chat", DatabaseEngine.MongoDb)]
    [InlineData("  mongodb+srv://cluster.example/chat", DatabaseEngine.MongoDb)]
    public void The_connection_string_decides_the_engine(string connectionString, DatabaseEngine expected) =>
        Assert.Equal(expected, DatabaseEngines.Of(connectionString));

    [Theory]
    [InlineData("Database=orders;User=u")]
    [InlineData("just some text")]
    public void A_connection_string_naming_no_engine_is_refused_with_a_clear_message(string connectionString)
    {
        var error = Record.Exception(() => DatabaseEngines.Of(connectionString));
        Assert.True(error is InvalidOperationException or ArgumentException, error?.GetType().Name);
    }
}
