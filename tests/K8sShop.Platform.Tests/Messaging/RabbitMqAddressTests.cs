using K8sShop.ServiceDefaults.Messaging;
using Xunit;

namespace K8sShop.Platform.Tests.Messaging;

public sealed class RabbitMqAddressTests
{
    [Fact]
    public void An_amqp_uri_is_taken_apart_with_escaped_credentials_and_vhost()
    {
        var address = RabbitMqAddress.Parse("amqp://shop%40x:p%3Ass@broker:5673/k8s%2Fshop");
        Assert.Equal(new RabbitMqAddress("broker", 5673, "k8s/shop", "shop@x", "p:ss"), address);
    }

    [Fact]
    public void Missing_parts_take_the_broker_defaults()
    {
        var address = RabbitMqAddress.Parse("amqp://broker");
        Assert.Equal(new RabbitMqAddress("broker", 5672, "/", "guest", "guest"), address);
    }

    [Fact]
    public void A_non_amqp_uri_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => RabbitMqAddress.Parse("http://broker:15672"));
}
