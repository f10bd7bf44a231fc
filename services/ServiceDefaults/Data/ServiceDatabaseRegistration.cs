using K8sShop.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace K8sShop.ServiceDefaults.Data;

public static class ServiceDatabaseRegistration
{
    /// <summary>
    /// Registers a service's relational database: the engine chosen by <c>ConnectionStrings:{service}</c>,
    /// migrations, a readiness check, and the outbox dispatcher and inbox for that database.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string service)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(service)
            ?? throw new InvalidOperationException($"ConnectionStrings:{service} is not configured.");
        var engine = DatabaseEngines.Of(connectionString);
        var settings = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();

        builder.Services.AddDbContext<TContext>(options =>
        {
            switch (engine)
            {
                case DatabaseEngine.MySql:
                    options.UseMySql(connectionString, ServerVersion.Parse(settings.MySqlServerVersion));
                    break;
                case DatabaseEngine.Sqlite:
                    options.UseSqlite(connectionString);
                    break;
                default:
                    throw new InvalidOperationException($"{service} needs a relational database; '{engine}' is for the document stores.");
            }

            options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        });

        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"));
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
        builder.AddServiceBus();
        var owner = new DatabaseOwner<TContext>(new ServiceIdentity(service));
        builder.Services.AddSingleton(owner);
        builder.Services.AddScoped<Inbox<TContext>>();
        builder.Services.AddSingleton<OutboxSignal<TContext>>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>($"{service}-database", tags: [HealthTags.Ready, service]);
        return builder;
    }
}
