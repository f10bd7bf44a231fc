using K8sShop.Billing;
using K8sShop.Chat;
using K8sShop.Discounts;
using K8sShop.Inventory;
using K8sShop.Notifications;
using K8sShop.Orders;
using K8sShop.Payments;
using K8sShop.Stockcheck;
using K8sShop.Users.Tests.Hosting;
using Microsoft.AspNetCore.Builder;

namespace K8sShop.Users.Tests.Authorization;

/// <summary>All nine services in one process (as the embedded host composes them), users on MariaDB, the rest on SQLite.</summary>
public sealed class WholeShopApp : UsersApp
{
    public static readonly string[] OtherServices = ["orders", "inventory", "stockcheck", "billing", "notifications", "discounts", "chat", "payments"];

    private readonly string _data = Directory.CreateTempSubdirectory("k8sshop-matrix-").FullName;

    protected override Dictionary<string, string?> Settings =>
        OtherServices.ToDictionary(s => $"ConnectionStrings:{s}", s => (string?)$"Data Source={Path.Combine(_data, s + ".db")}");

    protected override void Compose(WebApplicationBuilder builder)
    {
        builder.AddOrders();
        builder.AddInventory();
        builder.AddStockcheck();
        builder.AddBilling();
        builder.AddNotifications();
        builder.AddDiscounts();
        builder.AddChat();
        builder.AddPayments();
    }

    protected override void MapMore(WebApplication app)
    {
        app.MapOrders();
        app.MapInventory();
        app.MapStockcheck();
        app.MapBilling();
        app.MapNotifications();
        app.MapDiscounts();
        app.MapChat();
        app.MapPayments();
    }
}
