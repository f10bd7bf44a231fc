using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Crd;

/// <summary>
/// Turns the C# model into a structural OpenAPI v3 schema. Defaults are read from the model's own
/// property initialisers, so the API server and the render command default a field the same way.
/// </summary>
public static class OpenApiSchemaGenerator
{
    public static JsonObject For(Type type, bool withDefaults)
    {
        var schema = new JsonObject { ["type"] = "object" };
        var description = type.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (description is not null)
        {
            schema["description"] = description;
        }

        var instance = withDefaults ? Activator.CreateInstance(type) : null;
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in PropertiesOf(type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            properties[name] = ForProperty(property, instance, withDefaults);
            if (property.GetCustomAttribute<RequiredAttribute>() is not null)
            {
                required.Add(name);
            }
        }

        schema["properties"] = properties;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        var rules = type.GetCustomAttributes<CelRuleAttribute>().ToList();
        if (rules.Count > 0)
        {
            schema["x-kubernetes-validations"] = new JsonArray(rules
                .Select(rule => (JsonNode)new JsonObject { ["rule"] = rule.Rule, ["message"] = rule.Message })
                .ToArray());
        }

        return schema;
    }

    // Base-class properties first, each class in declaration order: stable across builds.
    private static IEnumerable<PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetSetMethod() is not null || p.GetCustomAttribute<ListMapKeyAttribute>() is not null || IsCollection(p.PropertyType))
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken);

    private static int Depth(Type type) => type.BaseType is null ? 0 : 1 + Depth(type.BaseType);

    private static bool IsCollection(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IList<>) || type.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    private static JsonObject ForProperty(PropertyInfo property, object? instance, bool withDefaults)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var schema = ForType(type, property, withDefaults);
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (description is not null)
        {
            schema.Remove("description");
            schema.Insert(0, "description", description);
        }

        if (instance is not null && property.GetCustomAttribute<RequiredAttribute>() is null)
        {
            var value = property.GetValue(instance);
            var defaultValue = DefaultOf(value);
            if (defaultValue is not null)
            {
                schema["default"] = defaultValue;
            }
        }

        return schema;
    }

    private static JsonObject ForType(Type type, PropertyInfo property, bool withDefaults)
    {
        if (type == typeof(string))
        {
            var schema = new JsonObject { ["type"] = "string" };
            if (property.GetCustomAttribute<MinLengthAttribute>() is { } minLength)
            {
                schema["minLength"] = minLength.Length;
            }

            if (property.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern)
            {
                schema["pattern"] = pattern.Pattern;
            }

            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                schema["enum"] = new JsonArray(allowed.Values.Select(v => JsonValue.Create((string)v!)).ToArray<JsonNode?>());
            }

            return schema;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            var schema = new JsonObject { ["type"] = "integer", ["format"] = type == typeof(int) ? "int32" : "int64" };
            if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                schema["minimum"] = Convert.ToInt64(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
                schema["maximum"] = Convert.ToInt64(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
            }

            return schema;
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(DateTimeOffset))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }

        if (type == typeof(JsonObject) && property.GetCustomAttribute<PreserveUnknownFieldsAttribute>() is not null)
        {
            return new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>))
        {
            var items = For(type.GetGenericArguments()[0], withDefaults: false);
            var schema = new JsonObject { ["type"] = "array", ["items"] = items };
            if (property.GetCustomAttribute<ListMapKeyAttribute>() is { } key)
            {
                items["required"] = new JsonArray(key.Key);
                schema["x-kubernetes-list-type"] = "map";
                schema["x-kubernetes-list-map-keys"] = new JsonArray(key.Key);
            }

            return schema;
        }

        if (type.IsClass)
        {
            return For(type, withDefaults);
        }

        throw new NotSupportedException($"No schema mapping for {type.Name}.");
    }

    // Scalars default to their initial value; an object defaults to the skeleton of its nested
    // objects so the API server then applies the nested scalar defaults too.
    private static JsonNode? DefaultOf(object? value) => value switch
    {
        null => null,
        string text when text.Length == 0 => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        JsonObject => null,
        System.Collections.IEnumerable => null,
        _ when value.GetType().IsClass => Skeleton(value),
        _ => null,
    };

    private static JsonObject Skeleton(object value)
    {
        var skeleton = new JsonObject();
        foreach (var property in PropertiesOf(value.GetType()))
        {
            var nested = property.GetValue(value);
            if (nested is not null && nested is not string && nested is not JsonObject && nested is not System.Collections.IEnumerable && nested.GetType().IsClass)
            {
                skeleton[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Skeleton(nested);
            }
            else if (nested is string text && text.Length > 0 && DefaultInitialValue(value.GetType(), property) != text)
            {
                skeleton[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = text;
            }
        }

        return skeleton;
    }

    // A value set by the enclosing initialiser (requests cpu 100m) must be in the skeleton, one
    // equal to the type's own initialiser is left to the nested default.
    private static string? DefaultInitialValue(Type type, PropertyInfo property) =>
        property.GetValue(Activator.CreateInstance(type)) as string;
}
