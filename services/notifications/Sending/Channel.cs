namespace K8sShop.Notifications.Sending;

/// <summary>Where a notification goes out. In-app notifications are inbox items, not deliveries.</summary>
public enum Channel
{
    Email = 1,
    Sms = 2,
}
