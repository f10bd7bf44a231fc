namespace K8sShop.Notifications.Templates;

/// <summary>What a notification is about; each kind has one template per language.</summary>
public enum NotificationKind
{
    EmailConfirmation = 1,
    PasswordReset = 2,
    OrderStatusChanged = 3,
    PaymentFailed = 4,
    InvoiceIssued = 5,
    ReservationExpired = 6,
}
