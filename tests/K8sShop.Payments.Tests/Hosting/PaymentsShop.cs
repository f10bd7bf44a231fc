using K8sShop.Testing;
using Xunit;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>One payments host per test class, with its own MariaDB database and RabbitMQ vhost.</summary>
public abstract class PaymentsShop : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly TestVirtualHost _vhost = new();
    private PaymentsHost? _host;

    public PaymentsHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public RecordedResponses Recorded { get; } = new();

    protected abstract IDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_database.InitializeAsync(), _vhost.InitializeAsync());
        _host = await PaymentsHost.StartAsync(_database, _vhost, Settings, Recorded);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _vhost.DisposeAsync();
        await _database.DisposeAsync();
    }
}
