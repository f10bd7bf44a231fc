using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Stockcheck.Data;

/// <summary>The stockcheck service's own database; no other service reads it.</summary>
public sealed class StockcheckDbContext(DbContextOptions<StockcheckDbContext> options) : ServiceDbContext(options);
