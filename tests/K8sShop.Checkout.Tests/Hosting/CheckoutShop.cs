using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using K8sShop.Billing;
using K8sShop.Discounts;
using K8sShop.Gateway;
using K8sShop.Inventory;
using K8sShop.Orders;
using K8sShop.Payments;
using K8sShop.Stockcheck;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Users;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// The services a checkout involves, each its own host on its own port with its own MariaDB database, all on
/// one RabbitMQ vhost, finding each other by service discovery configuration as in the distributed mode, and
/// the real gateway in front of them with its own route table. Users is the token issuer; inventory and
/// discounts seed their demo catalog and codes. Every span the hosts emit is kept in <see cref="Spans"/>.
/// </summary>
public class CheckoutShop : IAsyncLifetime
{
    public const string CustomerEmail = "customer@demo.k8sshop.io";
    public const string CustomerPassword = "Customer-checkout-1";
    public const string AdminEmail = "admin@demo.k8sshop.io";
    public const string AdminPassword = "Admin-checkout-1";

    private readonly List<ServiceHost> _services = [];
    private readonly Dictionary<string, TestDatabase> _databases = [];
    private readonly Dictionary<string, Task<string>> _tokens = [];
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-checkout-keys-").FullName;
    private Dictionary<string, string?> _settings = [];

    public CheckoutShop()
    {
        Users = Service("users", b => b.AddUsers(), a => a.MapUsers());
        Orders = Service("orders", b => b.AddOrders(), a => a.MapOrders());
        Inventory = Service("inventory", b => b.AddInventory(), a => a.MapInventory());
        Stockcheck = Service("stockcheck", b => b.AddStockcheck(), a => a.MapStockcheck());
        Billing = Service("billing", b => b.AddBilling(), a => a.MapBilling());
        Discounts = Service("discounts", b => b.AddDiscounts(), a => a.MapDiscounts());
        Payments = Service("payments", b => b.AddPayments(), a => a.MapPayments());
        Gateway = new ServiceHost("gateway", FreeAddress(), b => b.AddGatewayProxy(), a => a.MapGatewayProxy());
    }

    public ServiceHost Users { get; }

    public ServiceHost Orders { get; }

    public ServiceHost Inventory { get; }

    public ServiceHost Stockcheck { get; }

    public ServiceHost Billing { get; }

    public ServiceHost Discounts { get; }

    public ServiceHost Payments { get; }

    /// <summary>The shop's public entrance: YARP with <c>services/gateway/routes.json</c>, its clusters pointed at the hosts.</summary>
    public ServiceHost Gateway { get; }

    /// <summary>The services (each with its database), in start order; the gateway starts after them.</summary>
    public IReadOnlyList<ServiceHost> All => _services;

    public SpanLog Spans { get; } = new();

    /// <summary>Settings a fixture adds for its scenario (a short reservation, say).</summary>
    protected virtual IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        await _vhost.InitializeAsync();
        var issuer = Users.Address.ToString().TrimEnd('/');
        _settings = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:rabbitmq"] = _vhost.ConnectionString,
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Database:MigrateOnStartup"] = "true",
            ["Identity:Authority"] = issuer,
            ["Identity:KeysFolder"] = _keys,
            ["Identity:DemoPasswords:customer"] = CustomerPassword,
            ["Identity:DemoPasswords:admin"] = AdminPassword,
            ["Identity:Clients:stockcheck:Secret"] = "checkout-stockcheck-secret",
            ["Identity:Clients:billing:Secret"] = "checkout-billing-secret",
            ["Identity:Clients:orders:Secret"] = "checkout-orders-secret",
            ["Inventory:Seed"] = "true",
            ["Discounts:Seed"] = "true",
            ["Payments:Provider"] = "test",
        };
        foreach (var (key, value) in MoreSettings)
        {
            _settings[key] = value;
        }

        foreach (var host in All)
        {
            var database = new TestDatabase();
            await database.InitializeAsync();
            _databases[host.Name] = database;
            var address = host.Address.ToString().TrimEnd('/');
            _settings[$"ConnectionStrings:{host.Name}"] = database.ConnectionString;
            _settings[$"Services:{host.Name}:http:0"] = address;
            _settings[$"ReverseProxy:Clusters:{host.Name}:Destinations:primary:Address"] = address;
        }

        foreach (var host in All)
        {
            await host.StartAsync(_settings, Decorate);
        }

        await Gateway.StartAsync(_settings, Decorate);
    }

    /// <summary>Brings a stopped host back with the same configuration, changed by <paramref name="changes"/> if given.</summary>
    public Task RestartAsync(ServiceHost host, IReadOnlyDictionary<string, string?>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in changes ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return host.StartAsync(settings, Decorate);
    }

    /// <summary>A client of <paramref name="service"/> signed in as a demo account; the token is fetched once per account.</summary>
    public async Task<HttpClient> SignedInAsync(ServiceHost service, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(service);
        Task<string> token;
        lock (_tokens)
        {
            // The issuer limits sign-in attempts per account, so scenarios share one token per account.
            if (!_tokens.TryGetValue(email, out token!))
            {
                _tokens[email] = token = DemoTokenAsync(email, password);
            }
        }

        return Browser(service, await token);
    }

    /// <summary>A shopper with an account of their own, registered through the users API and signed in.</summary>
    public async Task<HttpClient> NewShopperAsync(ServiceHost service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        const string password = "Shopper-checkout-1";
        using (var users = new HttpClient { BaseAddress = Users.Address, Timeout = TimeSpan.FromSeconds(60) })
        using (var created = await users.PostAsJsonAsync("api/users/accounts", new { email, password, displayName = "Checkout shopper" }))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        using var signIn = new ShopSignIn(Users.Address, new Uri(Users.Address, "auth/callback"));
        return Browser(service, await signIn.AccessTokenAsync(email, password));
    }

    /// <summary>
    /// Waits until no message of this shop waits in a queue or is being handled. The management API counts with a
    /// delay of a few seconds, so quiet means empty in every reading over a span longer than that delay.
    /// </summary>
    public async Task QuietAsync(TimeSpan within)
    {
        var quietFor = TimeSpan.FromSeconds(7);
        var deadline = DateTime.UtcNow + within;
        DateTime? emptySince = null;
        while (true)
        {
            var busy = await _vhost.BusyQueuesAsync();
            var now = DateTime.UtcNow;
            emptySince = busy.Count > 0 ? null : emptySince ?? now;
            if (now - emptySince >= quietFor)
            {
                return;
            }

            Assert.True(now < deadline, $"messages still queued after {within.TotalSeconds} s in {string.Join(", ", busy)}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public virtual async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var host in All)
        {
            await host.DisposeAsync();
        }

        foreach (var database in _databases.Values)
        {
            await database.DisposeAsync();
        }

        await _vhost.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
        Spans.Dispose();
    }

    /// <summary>Test-only parts a scenario adds to every host (a publish observer, say); nothing by default.</summary>
    protected virtual void Decorate(WebApplicationBuilder builder)
    {
    }

    private static Uri FreeAddress() => new($"http://127.0.0.1:{ShopProcess.FreePort()}/");

    /// <summary>
    /// A client as a shopper's browser is: it sends no trace context, so the shop's trace starts at the first
    /// host the request reaches (the gateway, when the request enters through it).
    /// </summary>
    private static HttpClient Browser(ServiceHost service, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
        {
            BaseAddress = service.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> DemoTokenAsync(string email, string password)
    {
        using var signIn = new ShopSignIn(Users.Address, new Uri(Users.Address, "auth/callback"));
        return await signIn.DemoAccessTokenAsync(email, password, TimeSpan.FromSeconds(60));
    }

    /// <summary>A service host registered with the shop: it gets a database, a discovery address and a gateway cluster.</summary>
    protected ServiceHost Service(string name, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        var host = new ServiceHost(name, FreeAddress(), add, map);
        _services.Add(host);
        return host;
    }
}
