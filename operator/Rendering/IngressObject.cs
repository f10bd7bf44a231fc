using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>The Ingress to the gateway, and the URL it makes the shop answer on.</summary>
public static class IngressObject
{
    public static JsonObject Build(Storefront storefront, IngressSettings ingress)
    {
        var spec = new JsonObject { ["ingressClassName"] = ingress.ClassName };
        if (ingress.TlsSecretName is not null)
        {
            spec["tls"] = new JsonArray(new JsonObject { ["hosts"] = new JsonArray(ingress.Host), ["secretName"] = ingress.TlsSecretName });
        }

        spec["rules"] = new JsonArray(new JsonObject
        {
            ["host"] = ingress.Host,
            ["http"] = new JsonObject
            {
                ["paths"] = new JsonArray(new JsonObject
                {
                    ["path"] = "/",
                    ["pathType"] = "Prefix",
                    ["backend"] = new JsonObject
                    {
                        ["service"] = new JsonObject { ["name"] = ShopCatalog.Gateway, ["port"] = new JsonObject { ["name"] = "http" } },
                    },
                }),
            },
        });

        return new JsonObject
        {
            ["apiVersion"] = "networking.k8s.io/v1",
            ["kind"] = "Ingress",
            ["metadata"] = ObjectMetadata.For(storefront, ShopCatalog.Gateway, ShopCatalog.Gateway, "ingress"),
            ["spec"] = spec,
        };
    }

    public static string UrlOf(Storefront storefront) => storefront.Spec.Ingress switch
    {
        { TlsSecretName: not null } ingress => $"https://{ingress.Host}",
        { } ingress => $"http://{ingress.Host}",
        null => $"http://{ShopCatalog.Gateway}.{ObjectMetadata.NamespaceOf(storefront)}.svc:{ShopCatalog.HttpPort}",
    };
}
