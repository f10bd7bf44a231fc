using K8sShop.Notifications.Data;
using K8sShop.Notifications.Storage.EfCore;
using K8sShop.Notifications.Storage.Mongo;
using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;
using MongoDB.Driver;

namespace K8sShop.Notifications.Storage;

public static class NotificationStorageRegistration
{
    /// <summary>
    /// The storage port on the engine <c>ConnectionStrings:notifications</c> names: <c>mongodb://</c>
    /// → MongoDB (indexes created at start-up), otherwise EF Core on SQLite or MySQL (migrations).
    /// </summary>
    public static IHostApplicationBuilder AddNotificationStorage(this IHostApplicationBuilder builder, string service)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(service)
            ?? throw new InvalidOperationException($"ConnectionStrings:{service} is not configured.");
        if (DatabaseEngines.Of(connectionString) != DatabaseEngine.MongoDb)
        {
            builder.AddServiceDatabase<NotificationsDbContext>(service);
            builder.Services.AddScoped<INotificationStore, EfNotificationStore>();
            builder.Services.AddScoped<IProcessedMessages, EfProcessedMessages>();
            return builder;
        }

        var url = MongoUrl.Create(connectionString);
        builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(url));
        builder.Services.AddSingleton(provider =>
            new MongoCollections(provider.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName ?? service)));
        builder.Services.AddSingleton<INotificationStore, MongoNotificationStore>();
        builder.Services.AddSingleton<IProcessedMessages, MongoProcessedMessages>();
        builder.Services.AddHostedService<MongoIndexCreation>();
        builder.AddServiceBus();
        return builder;
    }
}
