using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// Writes who may call each operation into the OpenAPI documents as <c>x-k8sshop-access</c>:
/// <c>anonymous</c>, the policy names, or <c>undeclared</c>. Clients read it, and the authorization
/// matrix test walks every documented endpoint with every kind of caller against it.
/// </summary>
public static class AccessDocumentation
{
    public const string Extension = "x-k8sshop-access";
    public const string Anonymous = "anonymous";
    public const string Undeclared = "undeclared";

    public static void AddTo(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var access = metadata.OfType<IAllowAnonymous>().Any()
                ? Anonymous
                : string.Join(",", metadata.OfType<IAuthorizeData>().Select(a => a.Policy ?? "authenticated").Distinct());
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(access.Length == 0 ? Undeclared : access));
            return Task.CompletedTask;
        });
    }
}
