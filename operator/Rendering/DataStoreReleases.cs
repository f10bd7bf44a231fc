using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>Flux HelmRepository and HelmRelease objects for a managed data store.</summary>
public static class DataStoreReleases
{
    public static IEnumerable<JsonObject> Build(Storefront storefront, DataStoreDefaults defaults, ManagedDataStore managed)
    {
        var repositoryUrl = managed.RepositoryUrl ?? DataStoreDefaults.RepositoryUrl;
        var repositorySpec = new JsonObject { ["interval"] = "1h", ["url"] = repositoryUrl };
        if (repositoryUrl.StartsWith("oci://", StringComparison.Ordinal))
        {
            repositorySpec["type"] = "oci";
        }

        yield return new JsonObject
        {
            ["apiVersion"] = "source.toolkit.fluxcd.io/v1",
            ["kind"] = "HelmRepository",
            ["metadata"] = ObjectMetadata.For(storefront, defaults.Store, defaults.Store, "datastore"),
            ["spec"] = repositorySpec,
        };

        var values = new JsonObject { ["fullnameOverride"] = defaults.Store };
        SetPath(values, defaults.ExistingSecretValue, managed.ConnectionSecretName ?? $"{defaults.Store}-connections");
        if (managed.Values is not null)
        {
            MergeInto(values, managed.Values);
        }

        yield return new JsonObject
        {
            ["apiVersion"] = "helm.toolkit.fluxcd.io/v2",
            ["kind"] = "HelmRelease",
            ["metadata"] = ObjectMetadata.For(storefront, defaults.Store, defaults.Store, "datastore"),
            ["spec"] = new JsonObject
            {
                ["interval"] = "10m",
                ["chart"] = new JsonObject
                {
                    ["spec"] = new JsonObject
                    {
                        ["chart"] = managed.Chart ?? defaults.Chart,
                        ["version"] = managed.Version ?? defaults.Version,
                        ["sourceRef"] = new JsonObject { ["kind"] = "HelmRepository", ["name"] = defaults.Store },
                    },
                },
                ["install"] = new JsonObject { ["remediation"] = new JsonObject { ["retries"] = 3 } },
                ["upgrade"] = new JsonObject { ["remediation"] = new JsonObject { ["retries"] = 3 } },
                ["values"] = values,
            },
        };
    }

    private static void SetPath(JsonObject root, string dottedPath, string value)
    {
        var parts = dottedPath.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = [];
                node[part] = child;
            }

            node = child;
        }

        node[parts[^1]] = value;
    }

    // The user's values win over the operator's, key by key.
    private static void MergeInto(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceChild && target[key] is JsonObject targetChild)
            {
                MergeInto(targetChild, sourceChild);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
