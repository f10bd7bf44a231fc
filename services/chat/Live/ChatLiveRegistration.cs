using K8sShop.Chat.Orders;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Chat.Live;

/// <summary>
/// The hub and how its events reach every replica: over the service bus to a temporary queue per replica
/// (RabbitMQ between replicas; the in-memory bus when it is the only one, in the embedded mode).
/// </summary>
public static class ChatLiveRegistration
{
    public static IHostApplicationBuilder AddChatLive(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSignalR();
        builder.Services.Configure<ChatLimits>(builder.Configuration.GetSection(ChatLimits.Section));
        builder.Services.AddSingleton<ChatMetrics>();
        builder.Services.AddHttpClient<CustomerOrders>(client => client.BaseAddress = new Uri("http://" + CustomerOrders.Name));
        builder.Services.AcceptAccessTokenInQuery(ChatHub.Path);

        // Hosting's "Request starting" line carries the query string, and with it the hub's access token.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.AddServiceBus();
        builder.AddBroadcastConsumer<ChatSignalConsumer>();
        builder.Services.AddSingleton<IChatBroadcast, BusChatBroadcast>();
        return builder;
    }

    public static IEndpointRouteBuilder MapChatHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<ChatHub>(ChatHub.Path).RequireAuthorization(ShopPolicies.Account);
        return app;
    }
}
