using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace K8sShop.Checkout.Tests.Hosting;

/// <summary>The checkout shop in which every host publishes each of its messages twice (<see cref="PublishingTwice"/>).</summary>
public sealed class DuplicatingShop : CheckoutShop
{
    /// <summary>The copies published by all hosts so far.</summary>
    public long CopiesPublished => All.Sum(host => host.Services.GetRequiredService<PublishingTwice>().Copies);

    protected override void Decorate(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PublishingTwice>();
        builder.Services.AddPublishObserver(sp => sp.GetRequiredService<PublishingTwice>());
    }
}
