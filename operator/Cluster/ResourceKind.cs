namespace K8sShop.Operator.Cluster;

/// <summary>Where the API server serves one kind.</summary>
public sealed record ResourceKind(string Group, string Version, string Kind, string Plural)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    public bool IsCore => Group.Length == 0;

    public override string ToString() => $"{Plural}.{ApiVersion}";
}
