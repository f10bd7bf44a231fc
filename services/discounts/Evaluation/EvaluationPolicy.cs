using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace K8sShop.Discounts.Evaluation;

/// <summary>
/// Who may evaluate: a shopper (for the cart) or another service (billing). Naming two policies on an endpoint
/// would require both, so this one policy accepts either role. Its name lists both shared policies, comma
/// separated, as the OpenAPI access documentation does, so clients and the authorization matrix read "either".
/// </summary>
public static class EvaluationPolicy
{
    public const string CustomerOrService = ShopPolicies.Customer + "," + ShopPolicies.Service;

    public static IHostApplicationBuilder AddEvaluationPolicy(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthorizationBuilder().AddPolicy(CustomerOrService, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireRole(ShopRoles.Customer, ShopRoles.Service));
        return builder;
    }
}
