namespace K8sShop.ServiceDefaults.Errors;

/// <summary>
/// Stable <c>type</c> URIs of our ProblemDetails. Clients branch on these, never on the title text.
/// </summary>
public static class ProblemTypes
{
    public const string Base = "https://k8sshop.io/problems/";

    public static string ForStatus(int status) => Base + status switch
    {
        400 => "bad-request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        409 => "conflict",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        422 => "validation",
        429 => "too-many-requests",
        503 => "unavailable",
        >= 500 => "internal",
        _ => "http-" + status,
    };
}
