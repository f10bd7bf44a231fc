using K8sShop.Chat.Conversations;
using K8sShop.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Chat.Data;

/// <summary>
/// The chat service's relational database (SQLite embedded, MySQL by choice); no other service reads
/// it. Each index serves one query of <see cref="IChatStore"/>.
/// </summary>
public sealed class ChatDbContext(DbContextOptions<ChatDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ChatConversation> Conversations => Set<ChatConversation>();

    public DbSet<ChatMessage> Messages => Set<ChatMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ChatConversation>(conversation =>
        {
            conversation.ToTable("conversations");
            conversation.HasKey(c => c.Id);
            conversation.Property(c => c.CustomerId).HasMaxLength(64);
            conversation.Property(c => c.AgentId).HasMaxLength(64);
            conversation.Property(c => c.ClosedBy).HasMaxLength(64);
            conversation.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);

            // A customer's transcripts; support's list by status (and the queue); support's list of all.
            conversation.HasIndex(c => new { c.CustomerId, c.OpenedAtUtc });
            conversation.HasIndex(c => new { c.Status, c.OpenedAtUtc });
            conversation.HasIndex(c => c.OpenedAtUtc);
        });
        modelBuilder.Entity<ChatMessage>(message =>
        {
            message.ToTable("messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.SenderId).HasMaxLength(64);
            message.Property(m => m.SenderSide).HasConversion<string>().HasMaxLength(16);

            // A conversation's messages in order, and its unread ones up to a time (read receipts).
            message.HasIndex(m => new { m.ConversationId, m.SentAtUtc });
            message.HasOne<ChatConversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
