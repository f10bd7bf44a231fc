using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Billing.Data;

/// <summary>The billing service's own database; no other service reads it.</summary>
public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : ServiceDbContext(options);
