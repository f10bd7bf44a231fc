using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Data;

/// <summary>The inventory service's own database; no other service reads it.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ServiceDbContext(options);
