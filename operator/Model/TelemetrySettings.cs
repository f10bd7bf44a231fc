using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace K8sShop.Operator.Model;

/// <summary>OpenTelemetry export settings given to every workload.</summary>
public sealed class TelemetrySettings
{
    [Description("OTLP endpoint, such as http://otel-collector.observability:4317. Required.")]
    [Required]
    [RegularExpression(@"^https?://.+$")]
    public string Endpoint { get; set; } = "";

    [Description("OTLP protocol: grpc or http/protobuf. Default grpc.")]
    [AllowedValues("grpc", "http/protobuf")]
    public string Protocol { get; set; } = "grpc";

    [Description("Extra resource attributes (such as deployment.environment). Default none.")]
    public IDictionary<string, string> ResourceAttributes { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
