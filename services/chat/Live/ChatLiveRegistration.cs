using K8sShop.Chat.Orders;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Chat.Live;

/// <summary>
/// The hub and how its events reach every replica: through RabbitMQ when the service runs on the
/// RabbitMQ bus (the same choice as <c>AddServiceBus</c>: <c>Bus:Transport</c>, else whether
/// <c>ConnectionStrings:rabbitmq</c> is set), directly when it is the only replica (in-memory bus).
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

        var rabbit = builder.Configuration.GetConnectionString("rabbitmq");
        var transport = builder.Configuration["Bus:Transport"] ?? (rabbit is null ? "InMemory" : "RabbitMq");
        if (string.Equals(transport, "RabbitMq", StringComparison.OrdinalIgnoreCase))
        {
            var address = RabbitMqAddress.Parse(rabbit ?? throw new InvalidOperationException("Bus:Transport is RabbitMq but ConnectionStrings:rabbitmq is not set."));
            builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RabbitMqChatFanout>(sp, address));
            builder.Services.AddSingleton<IChatBroadcast>(sp => sp.GetRequiredService<RabbitMqChatFanout>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<RabbitMqChatFanout>());
        }
        else
        {
            builder.Services.AddSingleton<IChatBroadcast, LocalChatBroadcast>();
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapChatHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<ChatHub>(ChatHub.Path).RequireAuthorization(ShopPolicies.Account);
        return app;
    }
}
