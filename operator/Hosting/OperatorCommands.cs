using K8sShop.Operator.Crd;
using K8sShop.Operator.Model;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Hosting;

/// <summary>Command line: run (default), crd [file], render file.</summary>
public static class OperatorCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "crd":
                return await WriteCrdAsync(args.Skip(1).FirstOrDefault());
            case "render" when args.Length >= 2:
                return await RenderAsync(args[1]);
            case "render":
                await Console.Error.WriteLineAsync("usage: K8sShop.Operator render <storefront.yaml>");
                return 2;
            default:
                try
                {
                    await OperatorHost.RunAsync(args.Where(arg => arg != "run").ToArray());
                    return 0;
                }
                catch (k8s.Exceptions.KubeConfigException error)
                {
                    await Console.Error.WriteLineAsync($"No cluster to run against (in-cluster service account or kubeconfig): {error.Message}. `crd` and `render` need none.");
                    return 1;
                }
        }
    }

    private static async Task<int> RenderAsync(string path)
    {
        var storefront = StorefrontDocument.Parse(await File.ReadAllTextAsync(path));
        var errors = StorefrontValidator.Validate(storefront.Spec);
        if (errors.Count > 0)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, errors));
            return 1;
        }

        await Console.Out.WriteAsync(ManifestYaml.Write(DesiredStateBuilder.Build(storefront).Select(m => m.Body)));
        return 0;
    }

    private static async Task<int> WriteCrdAsync(string? path)
    {
        var yaml = StorefrontCrd.ToYaml();
        if (path is null)
        {
            await Console.Out.WriteAsync(yaml);
        }
        else
        {
            await File.WriteAllTextAsync(path, yaml);
        }

        return 0;
    }
}
