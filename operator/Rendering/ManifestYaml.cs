using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace K8sShop.Operator.Rendering;

/// <summary>YAML in and out for manifests, through JSON nodes so key order (and so every golden file) is exactly what the builder produced.</summary>
public static class ManifestYaml
{
    public static string Write(IEnumerable<JsonNode> documents)
    {
        var stream = new YamlStream();
        foreach (var document in documents)
        {
            stream.Documents.Add(new YamlDocument(ToYaml(document)));
        }

        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            stream.Save(writer, assignAnchors: false);
        }

        // YamlDotNet ends every document with "..."; "---" between documents is the form kubectl users expect.
        var lines = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(line => line != "...");
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    public static string Write(JsonNode document) => Write([document]);

    public static IReadOnlyList<JsonNode> Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents
            .Select(document => ToJson(document.RootNode))
            .OfType<JsonNode>()
            .ToList();
    }

    private static YamlNode ToYaml(JsonNode? node) => node switch
    {
        JsonObject obj => new YamlMappingNode(obj.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), ToYaml(p.Value)))),
        JsonArray array => new YamlSequenceNode(array.Select(ToYaml)),
        JsonValue value => ScalarOf(value),
        null => new YamlScalarNode("null"),
        _ => throw new InvalidOperationException("Unknown JSON node."),
    };

    private static YamlScalarNode ScalarOf(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                return NeedsQuotes(text)
                    ? new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted }
                    : new YamlScalarNode(text);
            case JsonValueKind.True:
                return new YamlScalarNode("true");
            case JsonValueKind.False:
                return new YamlScalarNode("false");
            case JsonValueKind.Null:
                return new YamlScalarNode("null");
            default:
                return new YamlScalarNode(value.ToJsonString());
        }
    }

    // A plain scalar that YAML would read back as something other than this string must be quoted.
    private static bool NeedsQuotes(string text) =>
        text.Length == 0
        || PlainScalarValue(text) is not string
        || text is "yes" or "no" or "on" or "off" or "y" or "n" or "Yes" or "No" or "On" or "Off"
        || text.Contains('\n', StringComparison.Ordinal)
        || text.Contains(": ", StringComparison.Ordinal)
        || text.Contains(" #", StringComparison.Ordinal)
        || text.EndsWith(':')
        || text.StartsWith(' ') || text.EndsWith(' ')
        || "-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p =>
            new KeyValuePair<string, JsonNode?>(((YamlScalarNode)p.Key).Value ?? "", ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain => PlainScalarValue(scalar.Value ?? "") switch
        {
            null => null,
            bool flag => JsonValue.Create(flag),
            long number => JsonValue.Create(number),
            double number => JsonValue.Create(number),
            var other => JsonValue.Create((string)other),
        },
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new InvalidDataException("Unsupported YAML node."),
    };

    // YAML 1.2 core schema resolution of a plain scalar.
    private static object? PlainScalarValue(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && !text.Contains(',', StringComparison.Ordinal))
        {
            return real;
        }

        return text;
    }
}
