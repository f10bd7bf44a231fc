using System.Text.Json.Nodes;
using K8sShop.Operator.Cluster;
using K8sShop.Operator.Rendering;
using NJsonSchema;

namespace K8sShop.Operator.Tests.Chart;

/// <summary>What can be checked of the chart without a helm binary.</summary>
public sealed class ChartTests
{
    private static readonly string ChartDirectory = RepositoryFiles.Path_("charts", "k8sshop-operator");

    [Fact]
    public async Task Default_values_validate_against_values_schema()
    {
        var schema = await ValuesSchemaAsync();
        Assert.Empty(schema.Validate(Values(File.ReadAllText(Path.Combine(ChartDirectory, "values.yaml"))).ToJsonString()));
    }

    [Theory]
    [InlineData("replicaCount", "\"two\"")]
    [InlineData("replicaCount", "0")]
    [InlineData("watchNamespaces", "[\"Not_A_Namespace\"]")]
    [InlineData("unknownKey", "true")]
    [InlineData("resyncPeriod", "\"10m\"")]
    public async Task Invalid_values_are_rejected_by_values_schema(string key, string json)
    {
        var schema = await ValuesSchemaAsync();
        var values = Values(File.ReadAllText(Path.Combine(ChartDirectory, "values.yaml")));
        values[key] = JsonNode.Parse(json);
        Assert.NotEmpty(schema.Validate(values.ToJsonString()));
    }

    [Fact]
    public async Task Namespaced_mode_values_validate()
    {
        var schema = await ValuesSchemaAsync();
        var values = Values(File.ReadAllText(Path.Combine(ChartDirectory, "values.yaml")));
        values["watchNamespaces"] = new JsonArray("shop", "shop-staging");
        Assert.Empty(schema.Validate(values.ToJsonString()));
    }

    [Fact]
    public void Rbac_grants_exactly_the_kinds_the_operator_touches()
    {
        var helpers = File.ReadAllText(Path.Combine(ChartDirectory, "templates", "_helpers.tpl"));
        foreach (var kind in ResourceKinds.Owned.Append(ResourceKinds.Storefront))
        {
            Assert.Contains($"\"{kind.Plural}\"", helpers, StringComparison.Ordinal);
            Assert.Contains($"\"{kind.Group}\"", helpers, StringComparison.Ordinal);
        }

        foreach (var owned in ResourceKinds.Owned.Append(ResourceKinds.Storefront))
        {
            var rule = helpers[helpers.IndexOf($"\"{owned.Plural}\"", StringComparison.Ordinal)..];
            var verbs = rule[rule.IndexOf("verbs", StringComparison.Ordinal)..];
            verbs = verbs[..verbs.IndexOf('\n', StringComparison.Ordinal)];
            Assert.Contains("\"list\"", verbs, StringComparison.Ordinal);
            Assert.Contains("\"watch\"", verbs, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"*\"", helpers, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets", helpers, StringComparison.Ordinal);
    }

    [Fact]
    public void Operator_deployment_is_probed_and_hardened()
    {
        var deployment = File.ReadAllText(Path.Combine(ChartDirectory, "templates", "deployment.yaml"));
        Assert.Contains("path: /healthz", deployment, StringComparison.Ordinal);
        Assert.Contains("path: /readyz", deployment, StringComparison.Ordinal);
        Assert.Contains("readOnlyRootFilesystem: true", deployment, StringComparison.Ordinal);
        Assert.Contains("runAsNonRoot: true", deployment, StringComparison.Ordinal);
        Assert.Contains("toYaml .Values.resources", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_covers_install_upgrade_uninstall_and_the_example()
    {
        var readme = File.ReadAllText(Path.Combine(ChartDirectory, "README.md"));
        foreach (var heading in new[] { "## Install", "## Upgrade", "## Uninstall", "examples/storefront.yaml" })
        {
            Assert.Contains(heading, readme, StringComparison.Ordinal);
        }
    }

    private static Task<JsonSchema> ValuesSchemaAsync() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(ChartDirectory, "values.schema.json")));

    private static JsonObject Values(string yaml) => ManifestYaml.Read(yaml)[0].AsObject();
}
