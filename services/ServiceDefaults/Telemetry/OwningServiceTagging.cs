using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace K8sShop.ServiceDefaults.Telemetry;

/// <summary>
/// Puts the owning service (from the endpoint's <see cref="ServiceIdentity"/> metadata) on the request
/// span and on the HTTP server metrics: inside the one-process host that is the only way to tell
/// which of the nine services answered.
/// </summary>
public static class OwningServiceTagging
{
    public static IApplicationBuilder UseOwningServiceTagging(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ServiceIdentity>() is { } owner)
            {
                Activity.Current?.SetTag(ServiceIdentity.TagName, owner.Name);
                context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(ServiceIdentity.TagName, owner.Name));
            }

            return next(context);
        });
}
