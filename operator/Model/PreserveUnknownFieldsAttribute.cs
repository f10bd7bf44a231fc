namespace K8sShop.Operator.Model;

/// <summary>Free-form object (chart values): the API server keeps every field instead of pruning.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PreserveUnknownFieldsAttribute : Attribute;
