using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Discounts.Data;

/// <summary>The discounts service's own database; no other service reads it.</summary>
public sealed class DiscountsDbContext(DbContextOptions<DiscountsDbContext> options) : ServiceDbContext(options);
