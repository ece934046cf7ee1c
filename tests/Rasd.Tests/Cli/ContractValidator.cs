using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Rasd.Tests.Cli;

/// <summary>
/// A second, independent check of a report against the contract, for the keywords NJsonSchema skips or cannot
/// resolve in draft 2020-12 ("$defs" references, "const"): walks the schema and the instance together and
/// supports exactly the keywords the contract uses ($ref, type, required, properties, items, enum, const,
/// allOf, pattern, minItems, minimum). An unknown keyword fails loudly, so the check never passes by ignoring.
/// </summary>
public static class ContractValidator
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "required", "properties", "items",
        "enum", "const", "allOf", "pattern", "minItems", "minimum",
    ];

    public static List<string> Validate(JsonNode schemaRoot, JsonNode? instance)
    {
        var errors = new List<string>();
        Check(schemaRoot.AsObject(), schemaRoot, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonObject root, JsonNode schema, JsonNode? value, string path, List<string> errors)
    {
        var s = schema.AsObject();
        foreach (var (k, _) in s)
            if (!Known.Contains(k)) throw new NotSupportedException($"contract keyword {k} at {path} is not checked by this validator");
        if (s["$ref"] is { } r)
        {
            var target = (string)r!;
            if (!target.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException("external $ref " + target);
            JsonNode? node = root;
            foreach (var part in target[2..].Split('/')) node = node?[part];
            Check(root, node ?? throw new InvalidOperationException("unresolved " + target), value, path, errors);
        }
        if (s["allOf"] is JsonArray all) foreach (var sub in all) Check(root, sub!, value, path, errors);
        if (s["const"] is { } c && !JsonNode.DeepEquals(c, value)) errors.Add($"{path}: must be {c.ToJsonString()}");
        if (s["enum"] is JsonArray en && !en.Any(e => JsonNode.DeepEquals(e, value))) errors.Add($"{path}: {value?.ToJsonString() ?? "null"} is not one of {en.ToJsonString()}");
        if (s["type"] is { } t)
        {
            var types = t is JsonArray ta ? ta.Select(x => (string)x!).ToList() : [(string)t!];
            if (!types.Any(x => IsType(value, x))) { errors.Add($"{path}: expected {string.Join(" or ", types)}"); return; }
        }
        if (value is JsonObject obj)
        {
            if (s["required"] is JsonArray req)
                foreach (var name in req.Select(x => (string)x!))
                    if (!obj.ContainsKey(name)) errors.Add($"{path}: missing required {name}");
            if (s["properties"] is JsonObject props)
                foreach (var (name, sub) in props)
                    if (obj.TryGetPropertyValue(name, out var v)) Check(root, sub!, v, $"{path}.{name}", errors);
        }
        if (value is JsonArray arr)
        {
            if (s["minItems"] is { } min && arr.Count < (int)min) errors.Add($"{path}: fewer than {min} items");
            if (s["items"] is { } itemSchema)
                for (var i = 0; i < arr.Count; i++) Check(root, itemSchema, arr[i], $"{path}[{i}]", errors);
        }
        if (value is JsonValue jv)
        {
            if (s["pattern"] is { } p && jv.TryGetValue<string>(out var str) && !Regex.IsMatch(str, (string)p!)) errors.Add($"{path}: {str} does not match {p}");
            if (s["minimum"] is { } m && jv.TryGetValue<double>(out var num) && num < (double)m) errors.Add($"{path}: {num} < {m}");
        }
    }

    private static bool IsType(JsonNode? v, string type) => type switch
    {
        "null" => v == null,
        "object" => v is JsonObject,
        "array" => v is JsonArray,
        "string" => v is JsonValue s && s.GetValueKind() == JsonValueKind.String,
        "boolean" => v is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "integer" => v is JsonValue i && i.GetValueKind() == JsonValueKind.Number && i.TryGetValue<long>(out _),
        "number" => v is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        _ => throw new NotSupportedException("type " + type),
    };
}
