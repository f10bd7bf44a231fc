using K8sShop.ServiceDefaults.Data;
using K8sShop.ServiceDefaults.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace K8sShop.Platform.Tests.Messaging;

/// <summary>A real host with the ledger database, the outbox dispatcher, the bus and the consumer.</summary>
public static class LedgerHost
{
    public static async Task<RunningHost> StartAsync(string database, string? rabbitMq)
    {
        var host = await BuildAsync(database, rabbitMq);
        await host.StartAsync();
        return new RunningHost(host);
    }

    /// <summary>The host with its schema, not started: no dispatcher or consumer runs yet, as after a crash.</summary>
    public static async Task<IHost> BuildAsync(string database, string? rabbitMq)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ledger"] = database,
            ["ConnectionStrings:rabbitmq"] = rabbitMq,
            ["Bus:Transport"] = rabbitMq is null ? "InMemory" : "RabbitMq",
            ["Database:MigrateOnStartup"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:MaxRetryDelay"] = "00:00:02",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<LedgerDbContext>("ledger");
        builder.AddMessageConsumer<ReceiptConsumer>();
        var host = builder.Build();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.EnsureCreatedAsync();
        }

        return host;
    }

    /// <summary>One business transaction: the payment row and its message commit together.</summary>
    public static async Task RecordPaymentAsync(IServiceProvider services, int number)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        db.Payments.Add(new Payment { Number = number });
        db.Publish(new PaymentRecorded(number, 1_000 + number, "EUR"));
        await db.SaveChangesAsync();
    }

    public static async Task<(int Receipts, int Distinct, int Pending)> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        // Non-negative numbers belong to the bulk tests; the other tests use negative ones.
        var receipts = await db.Receipts.CountAsync(r => r.Number >= 0);
        var distinct = await db.Receipts.Where(r => r.Number >= 0).Select(r => r.Number).Distinct().CountAsync();
        var pending = await db.OutboxMessages.CountAsync(m => m.DispatchedAtUtc == null);
        return (receipts, distinct, pending);
    }
}
