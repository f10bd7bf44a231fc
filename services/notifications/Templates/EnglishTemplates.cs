namespace K8sShop.Notifications.Templates;

/// <summary>The English wording of every notification.</summary>
public static class EnglishTemplates
{
    public static readonly IReadOnlyDictionary<NotificationKind, MessageTemplate> All = new Dictionary<NotificationKind, MessageTemplate>
    {
        [NotificationKind.EmailConfirmation] = new(
            "Confirm your email address",
            "Hello {{Name}},\n\nPlease confirm your email address by opening this link:\n{{Link}}\n\nIf you did not create an account, ignore this message.",
            "<p>Hello {{Name}},</p><p>Please confirm your email address:</p><p><a href=\"{{Link}}\">Confirm my address</a></p><p>If you did not create an account, ignore this message.</p>"),
        [NotificationKind.PasswordReset] = new(
            "Reset your password",
            "Hello {{Name}},\n\nSomeone asked to reset your password. To choose a new one, open this link:\n{{Link}}\n\nIf it was not you, ignore this message.",
            "<p>Hello {{Name}},</p><p>Someone asked to reset your password.</p><p><a href=\"{{Link}}\">Choose a new password</a></p><p>If it was not you, ignore this message.</p>"),
        [NotificationKind.OrderStatusChanged] = new(
            "Your order {{Order}} is now {{Status}}",
            "Hello {{Name}},\n\nYour order {{Order}} is now {{Status}}.{{Details}}",
            "<p>Hello {{Name}},</p><p>Your order <strong>{{Order}}</strong> is now <strong>{{Status}}</strong>.</p><p>{{Details}}</p>"),
        [NotificationKind.PaymentFailed] = new(
            "Payment failed for order {{Order}}",
            "Hello {{Name}},\n\nWe could not take the payment for your order {{Order}}: {{Reason}}.\nThe order has been cancelled and nothing was charged.",
            "<p>Hello {{Name}},</p><p>We could not take the payment for your order <strong>{{Order}}</strong>: {{Reason}}.</p><p>The order has been cancelled and nothing was charged.</p>"),
        [NotificationKind.InvoiceIssued] = new(
            "Your {{Document}} {{Number}}",
            "Hello {{Name}},\n\nYour {{Document}} {{Number}} for order {{Order}} has been issued: {{Total}}.",
            "<p>Hello {{Name}},</p><p>Your {{Document}} <strong>{{Number}}</strong> for order {{Order}} has been issued: <strong>{{Total}}</strong>.</p>"),
        [NotificationKind.ReservationExpired] = new(
            "Your order {{Order}} expired",
            "Hello {{Name}},\n\nYour order {{Order}} was not paid in time, so its items went back on sale.",
            "<p>Hello {{Name}},</p><p>Your order <strong>{{Order}}</strong> was not paid in time, so its items went back on sale.</p>"),
    };

    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["invoice"] = "invoice",
        ["credit-note"] = "credit note",
        ["tracking"] = " Tracking number: {0}.",
        ["Submitted"] = "placed",
        ["StockReserved"] = "reserved",
        ["Priced"] = "priced",
        ["Paid"] = "paid",
        ["Shipped"] = "shipped",
        ["Delivered"] = "delivered",
        ["Cancelled"] = "cancelled",
        ["Refunded"] = "refunded",
        ["Rejected"] = "rejected",
        ["PaymentFailed"] = "unpaid",
        ["Expired"] = "expired",
    };
}
