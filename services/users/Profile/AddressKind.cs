namespace K8sShop.Users.Profile;

public enum AddressKind
{
    Shipping = 1,
    Billing = 2,
}
