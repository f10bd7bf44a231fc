using K8sShop.Operator.Reconciling;
using Microsoft.Extensions.Configuration;

namespace K8sShop.Operator.Tests.Reconciling;

public sealed class ControllerOptionsTests
{
    [Fact]
    public void Chart_environment_variables_bind_to_the_controller_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Operator:WatchNamespaces:0"] = "shop",
            ["Operator:WatchNamespaces:1"] = "shop-staging",
            ["Operator:Workers"] = "4",
            ["Operator:ResyncPeriod"] = "00:05:00",
        }).Build();

        var options = configuration.GetSection("Operator").Get<ControllerOptions>()!;

        Assert.Equal(["shop", "shop-staging"], options.WatchNamespaces);
        Assert.Equal(4, options.Workers);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ResyncPeriod);
    }
}
