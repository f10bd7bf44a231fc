namespace K8sShop.Operator.Model;

/// <summary>A CEL rule the API server enforces on the annotated object (x-kubernetes-validations).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class CelRuleAttribute(string rule, string message) : Attribute
{
    public string Rule { get; } = rule;

    public string Message { get; } = message;
}
