using System.Text.Json.Nodes;

namespace K8sShop.Operator.Tests.Fakes;

/// <summary>A request path of the Kubernetes REST API taken apart: /api/v1/... or /apis/group/version/..., namespaced or cluster-wide.</summary>
internal sealed record ApiRequest(string ApiPath, string Plural, string? Namespace, string? Name, string? Subresource)
{
    public string ApiVersion => ApiPath.StartsWith("api/", StringComparison.Ordinal) ? ApiPath["api/".Length..] : ApiPath["apis/".Length..];

    public string Key => FakeApiServer.Key(ApiPath, Plural, Namespace ?? "", Name ?? "");

    public static ApiRequest? Parse(string path)
    {
        var parts = path.Trim('/').Split('/');
        int rest;
        string apiPath;
        if (parts.Length >= 2 && parts[0] == "api")
        {
            apiPath = $"api/{parts[1]}";
            rest = 2;
        }
        else if (parts.Length >= 3 && parts[0] == "apis")
        {
            apiPath = $"apis/{parts[1]}/{parts[2]}";
            rest = 3;
        }
        else
        {
            return null;
        }

        var tail = parts[rest..];
        return tail switch
        {
            ["namespaces", var ns, var plural] => new ApiRequest(apiPath, plural, ns, null, null),
            ["namespaces", var ns, var plural, var name] => new ApiRequest(apiPath, plural, ns, name, null),
            ["namespaces", var ns, var plural, var name, var sub] => new ApiRequest(apiPath, plural, ns, name, sub),
            [var plural] => new ApiRequest(apiPath, plural, null, null, null),
            _ => null,
        };
    }

    public bool Matches(JsonObject obj) => Namespace is null || (string?)obj["metadata"]?["namespace"] == Namespace;

    public bool Matches(StoredEvent stored) => stored.ApiPath == ApiPath && stored.Plural == Plural && Matches(stored.Object);
}
