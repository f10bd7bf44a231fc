namespace K8sShop.Operator.Informers;

/// <summary>Watch event types, as the API server names them.</summary>
public enum ObjectEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
    Error,
}
