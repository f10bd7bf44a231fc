namespace K8sShop.Payments.Webhooks;

public enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,

    /// <summary>No <c>v1</c> signature matches: a tampered payload or another endpoint's secret.</summary>
    Mismatch,

    /// <summary>Signed correctly but outside the tolerance: a replay of an old delivery.</summary>
    OutsideTolerance,
}
