using System.Text.Json;
using K8sShop.Contracts;

namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>How message types are named in the outbox and turned back into types.</summary>
public static class MessageTypes
{
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return $"{type.FullName}, {type.Assembly.GetName().Name}";
    }

    /// <summary>Null when the name is unknown or not an integration message: a stored name never loads arbitrary types.</summary>
    public static Type? Resolve(string name)
    {
        var type = Type.GetType(name, throwOnError: false);
        return type is not null && typeof(IIntegrationMessage).IsAssignableFrom(type) && !type.IsAbstract ? type : null;
    }
}
