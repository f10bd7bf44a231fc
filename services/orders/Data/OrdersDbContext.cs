using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Data;

/// <summary>The orders service's own database; no other service reads it.</summary>
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : ServiceDbContext(options);
