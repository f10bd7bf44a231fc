namespace K8sShop.Payments.Payments;

public enum RefundStatus
{
    Pending,
    Succeeded,
    Failed,
}
