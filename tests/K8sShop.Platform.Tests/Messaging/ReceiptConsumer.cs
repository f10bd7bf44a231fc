using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Platform.Tests.Messaging;

public sealed class ReceiptConsumer(Inbox<LedgerDbContext> inbox) : IdempotentConsumer<PaymentRecorded, LedgerDbContext>(inbox)
{
    protected override Task HandleAsync(PaymentRecorded message, CancellationToken cancellationToken)
    {
        Db.Receipts.Add(new Receipt { Number = message.Number, AmountMinor = message.AmountMinor });
        return Task.CompletedTask;
    }
}
