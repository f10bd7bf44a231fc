using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace K8sShop.Notifications.Live;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so SignalR sends the access token as the
/// <c>access_token</c> query parameter; it is accepted on the hub's path only, never on the REST API.
/// </summary>
public static class HubAccessTokens
{
    public static IServiceCollection AcceptHubAccessTokenFromQuery(this IServiceCollection services, string hubPath)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var previous = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await previous(context);
                var token = context.Request.Query["access_token"].ToString();
                if (context.Token is null && !string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments(hubPath))
                {
                    context.Token = token;
                }
            };
        });
        return services;
    }
}
