using MassTransit.Configuration;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace K8sShop.ServiceDefaults.Messaging;

public static class ServiceBusRegistration
{
    /// <summary>
    /// The bus: RabbitMQ, or in memory for the one-process host. Consumers are added afterwards by
    /// each service with <see cref="AddMessageConsumer{TConsumer}"/>, so one bus serves one or nine services.
    /// </summary>
    public static IHostApplicationBuilder AddServiceBus(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(BusOptions)))
        {
            return builder; // nine services in one process share one bus
        }

        var options = builder.Configuration.GetSection("Bus").Get<BusOptions>() ?? new BusOptions();
        var rabbit = builder.Configuration.GetConnectionString("rabbitmq");
        var transport = options.Transport ?? (rabbit is null ? "InMemory" : "RabbitMq");

        builder.Services.AddSingleton(options);
        builder.Services.AddMassTransit(bus =>
        {
            // Queue names include the consumer's namespace, so two services' consumers of the same
            // event never share (and compete on) one queue.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(includeNamespace: true));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(r => r.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200))));

            if (string.Equals(transport, "InMemory", StringComparison.OrdinalIgnoreCase))
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }

            if (!string.Equals(transport, "RabbitMq", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Bus:Transport '{transport}' is neither RabbitMq nor InMemory.");
            }

            var address = RabbitMqAddress.Parse(rabbit ?? throw new InvalidOperationException("Bus:Transport is RabbitMq but ConnectionStrings:rabbitmq is not set."));
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(address.Host, address.Port, address.VirtualHost, h =>
                {
                    h.Username(address.Username);
                    h.Password(address.Password);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>Adds a consumer to the bus registered by <see cref="AddServiceBus"/>.</summary>
    public static IHostApplicationBuilder AddMessageConsumer<TConsumer>(this IHostApplicationBuilder builder)
        where TConsumer : class, IConsumer
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RegisterConsumer<TConsumer>();
        return builder;
    }

    /// <summary>
    /// Adds a consumer that every replica of the service receives every message of (a temporary queue per
    /// process, deleted when it stops): for refreshing in-memory state such as live feeds, never for work
    /// that must happen once (that is <see cref="AddMessageConsumer{TConsumer}"/>).
    /// </summary>
    public static IHostApplicationBuilder AddBroadcastConsumer<TConsumer>(this IHostApplicationBuilder builder)
        where TConsumer : class, IConsumer
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RegisterConsumer<TConsumer>();
        // What AddConsumer<T>().Endpoint(...) registers: the endpoint's settings, read by its definition.
        builder.Services.AddSingleton<IEndpointSettings<IEndpointDefinition<TConsumer>>>(new EndpointSettings<IEndpointDefinition<TConsumer>>
        {
            IsTemporary = true,
            InstanceId = "-" + Guid.NewGuid().ToString("N")[..12],
        });
        builder.Services.AddSingleton<IEndpointDefinition<TConsumer>, ConsumerEndpointDefinition<TConsumer>>();
        return builder;
    }
}
