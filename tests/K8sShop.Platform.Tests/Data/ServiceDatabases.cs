namespace K8sShop.Platform.Tests.Data;

/// <summary>The nine services' databases, for suites that must cover every one.</summary>
public static class ServiceDatabases
{
    public static readonly IReadOnlyDictionary<string, Type> Contexts = new Dictionary<string, Type>
    {
        ["users"] = typeof(K8sShop.Users.Data.UsersDbContext),
        ["orders"] = typeof(K8sShop.Orders.Data.OrdersDbContext),
        ["inventory"] = typeof(K8sShop.Inventory.Data.InventoryDbContext),
        ["stockcheck"] = typeof(K8sShop.Stockcheck.Data.StockcheckDbContext),
        ["billing"] = typeof(K8sShop.Billing.Data.BillingDbContext),
        ["notifications"] = typeof(K8sShop.Notifications.Data.NotificationsDbContext),
        ["discounts"] = typeof(K8sShop.Discounts.Data.DiscountsDbContext),
        ["chat"] = typeof(K8sShop.Chat.Data.ChatDbContext),
        ["payments"] = typeof(K8sShop.Payments.Data.PaymentsDbContext),
    };

    public static TheoryDataFor Services => new(Contexts.Keys);

    /// <summary>xunit theory rows: one service name each.</summary>
    public sealed class TheoryDataFor : Xunit.TheoryData<string>
    {
        public TheoryDataFor(IEnumerable<string> services)
        {
            foreach (var service in services)
            {
                Add(service);
            }
        }
    }
}
