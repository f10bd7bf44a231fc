using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Data;

/// <summary>The users service's own database; no other service reads it.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : ServiceDbContext(options);
