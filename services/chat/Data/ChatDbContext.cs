using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Chat.Data;

/// <summary>The chat service's own database; no other service reads it.</summary>
public sealed class ChatDbContext(DbContextOptions<ChatDbContext> options) : ServiceDbContext(options);
