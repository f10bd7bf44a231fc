namespace K8sShop.Payments.Providers.Test;

/// <summary>A test token and what it does, for the web app's payment step.</summary>
public sealed record TestTokenChoice(string Token, string Label);
