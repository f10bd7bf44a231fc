namespace K8sShop.Payments.Tests.Hosting;

/// <summary>Payments with PayPal as the provider; PayPal's HTTP client answers from <see cref="PaymentsShop.Recorded"/>.</summary>
public sealed class PayPalShop : PaymentsShop
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider"] = "paypal",
        ["Payments:PayPal:ClientId"] = "AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS",
        ["Payments:PayPal:ClientSecret"] = "EGnHDxD_qRPdaLdZz8iCr8N7_MzF-YHPTkjs6NKYQvQSBngp4PTTVWkPZRbL",
        ["Payments:PayPal:BaseUrl"] = "https://api-m.sandbox.paypal.com",
    };
}
