namespace K8sShop.Notifications.Sending;

public enum DeliveryStatus
{
    /// <summary>Not sent yet: first attempt pending, or waiting for its next retry.</summary>
    Pending = 1,

    Sent = 2,

    /// <summary>Every attempt failed; <see cref="Delivery.LastError"/> says why. Never retried again.</summary>
    Failed = 3,
}
