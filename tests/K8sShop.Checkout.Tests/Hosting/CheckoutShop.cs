using System.Net.Http.Headers;
using K8sShop.Billing;
using K8sShop.Discounts;
using K8sShop.Inventory;
using K8sShop.Orders;
using K8sShop.Payments;
using K8sShop.Stockcheck;
using K8sShop.Testing;
using K8sShop.Testing.Identity;
using K8sShop.Users;
using Xunit;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>
/// The services a checkout involves, each its own host on its own port with its own MariaDB database, all on
/// one RabbitMQ vhost, finding each other by service discovery configuration as in the distributed mode.
/// Users is the token issuer; inventory and discounts seed their demo catalog and codes.
/// </summary>
public class CheckoutShop : IAsyncLifetime
{
    public const string CustomerEmail = "customer@demo.k8sshop.io";
    public const string CustomerPassword = "Customer-checkout-1";
    public const string AdminPassword = "Admin-checkout-1";

    private readonly Dictionary<string, TestDatabase> _databases = [];
    private readonly TestVirtualHost _vhost = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("k8sshop-checkout-keys-").FullName;
    private Dictionary<string, string?> _settings = [];

    public CheckoutShop()
    {
        Users = Host("users", b => b.AddUsers(), a => a.MapUsers());
        Orders = Host("orders", b => b.AddOrders(), a => a.MapOrders());
        Inventory = Host("inventory", b => b.AddInventory(), a => a.MapInventory());
        Stockcheck = Host("stockcheck", b => b.AddStockcheck(), a => a.MapStockcheck());
        Billing = Host("billing", b => b.AddBilling(), a => a.MapBilling());
        Discounts = Host("discounts", b => b.AddDiscounts(), a => a.MapDiscounts());
        Payments = Host("payments", b => b.AddPayments(), a => a.MapPayments());
    }

    public ServiceHost Users { get; }

    public ServiceHost Orders { get; }

    public ServiceHost Inventory { get; }

    public ServiceHost Stockcheck { get; }

    public ServiceHost Billing { get; }

    public ServiceHost Discounts { get; }

    public ServiceHost Payments { get; }

    public IReadOnlyList<ServiceHost> All => [Users, Orders, Inventory, Stockcheck, Billing, Discounts, Payments, .. MoreHosts];

    /// <summary>Services a fixture adds to the checkout's (notifications, say), started after them with the same settings.</summary>
    protected virtual IReadOnlyList<ServiceHost> MoreHosts => [];

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
            _settings[$"ConnectionStrings:{host.Name}"] = database.ConnectionString;
            _settings[$"Services:{host.Name}:http:0"] = host.Address.ToString().TrimEnd('/');
        }

        foreach (var host in All)
        {
            await host.StartAsync(_settings);
        }
    }

    /// <summary>Brings a stopped host back with the same configuration.</summary>
    public Task RestartAsync(ServiceHost host) => host.StartAsync(_settings);

    public async Task<HttpClient> SignedInAsync(ServiceHost service, string email, string password)
    {
        using var signIn = new ShopSignIn(Users.Address, new Uri(Users.Address, "auth/callback"));
        var token = await signIn.DemoAccessTokenAsync(email, password, TimeSpan.FromSeconds(60));
        var client = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public virtual async Task DisposeAsync()
    {
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
    }

    protected static ServiceHost Host(string name, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> add, Action<Microsoft.AspNetCore.Builder.WebApplication> map) =>
        new(name, new Uri($"http://127.0.0.1:{ShopProcess.FreePort()}/"), add, map);
}
