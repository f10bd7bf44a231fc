namespace K8sShop.Operator.Informers;

/// <summary>The API server no longer has the resourceVersion (HTTP 410 Gone): the informer must LIST again.</summary>
public sealed class ResourceExpiredException : Exception
{
    public ResourceExpiredException()
    {
    }

    public ResourceExpiredException(string message)
        : base(message)
    {
    }

    public ResourceExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
