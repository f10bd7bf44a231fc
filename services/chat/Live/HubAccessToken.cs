using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace K8sShop.Chat.Live;

/// <summary>
/// Browsers cannot set headers on WebSocket and server-sent-event requests, so the SignalR client
/// sends the access token as <c>access_token</c> in the query string; it is accepted there for the
/// hub's path only, and the usual header still wins.
/// </summary>
public static class HubAccessToken
{
    public static IServiceCollection AcceptAccessTokenInQuery(this IServiceCollection services, PathString hubPath)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var earlier = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await earlier(context);
                var token = context.Request.Query["access_token"].ToString();
                if (context.Token is null && token.Length > 0 && context.HttpContext.Request.Path.StartsWithSegments(hubPath, StringComparison.Ordinal))
                {
                    context.Token = token;
                }
            };
        });
        return services;
    }
}
