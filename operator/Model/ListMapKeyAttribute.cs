namespace K8sShop.Operator.Model;

/// <summary>Marks a list as x-kubernetes-list-type: map so server-side apply merges entries by this key.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListMapKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
