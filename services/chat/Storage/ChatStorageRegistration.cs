using K8sShop.Chat.Conversations;
using K8sShop.Chat.Data;
using K8sShop.ServiceDefaults.Data;
using MongoDB.Driver;

namespace K8sShop.Chat.Storage;

/// <summary>
/// The connection string <c>ConnectionStrings:chat</c> chooses the adapter: <c>mongodb://</c> → MongoDB
/// (the production store), anything else → EF Core on SQLite or MySQL with the usual migrations.
/// </summary>
public static class ChatStorageRegistration
{
    public static IHostApplicationBuilder AddChatStorage(this IHostApplicationBuilder builder, string service)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(service)
            ?? throw new InvalidOperationException($"ConnectionStrings:{service} is not configured.");
        if (DatabaseEngines.Of(connectionString) != DatabaseEngine.MongoDb)
        {
            builder.AddServiceDatabase<ChatDbContext>(service);
            builder.Services.AddScoped<IChatStore, EfChatStore>();
            return builder;
        }

        var url = MongoUrl.Create(connectionString);
        builder.Services.AddSingleton<IMongoClient>(_ => new MongoClient(url));
        builder.Services.AddSingleton(sp => new MongoChatCollections(sp.GetRequiredService<IMongoClient>().GetDatabase(url.DatabaseName ?? service)));
        builder.Services.AddSingleton<IChatStore, MongoChatStore>();
        builder.Services.AddHostedService<MongoIndexCreator>();
        return builder;
    }
}
