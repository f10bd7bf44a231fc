using k8s;

namespace K8sShop.Operator.Hosting;

/// <summary>Composes the running operator: health endpoints on 8080, the leader-elected controller, metrics.</summary>
public static class OperatorHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // One JSON object per line with scopes, so every line of a reconcile carries its Storefront key.
        builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        await using var app = Build(builder);
        await app.RunAsync().ConfigureAwait(false);
    }

    /// <param name="client">Only tests pass one (a fake API server); otherwise in-cluster or kubeconfig.</param>
    public static WebApplication Build(WebApplicationBuilder builder, IKubernetes? client = null)
    {
        builder.AddOperator(client);
        var app = builder.Build();
        app.MapOperatorHealth();
        return app;
    }
}
