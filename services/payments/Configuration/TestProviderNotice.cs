namespace K8sShop.Payments.Configuration;

/// <summary>Warns at start-up when a production shop takes payments through the test provider, which charges nobody.</summary>
public sealed partial class TestProviderNotice(PaymentsConfig config, IHostEnvironment environment, ILogger<TestProviderNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && config.Provider == ProviderNames.Test)
        {
            LogTestProviderInProduction(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payments use the test provider in Production: orders are marked paid without charging anyone. Set Payments:Provider to stripe or paypal.")]
    private static partial void LogTestProviderInProduction(ILogger logger);
}
