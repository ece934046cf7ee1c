using System.Text.Json;
using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>JSON Lines: one article per line as an object with text and optional url, outlet, title, published, byline.</summary>
public sealed class JsonLinesReader : IScoredReader
{
    public string Format => "jsonl";
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".json"];

    public bool CanRead(string content, string source) => Score(content, source) != Confidence.No;

    public Confidence Score(string content, string source)
    {
        var i = Sniff.Start(content);
        if (i >= content.Length || content[i] is not ('{' or '[')) return Confidence.No;
        if (content[i] == '[') return WholeJson(content) is { ValueKind: JsonValueKind.Array } ? Confidence.Strong : Confidence.No;
        var end = content.IndexOf('\n', i);
        var first = content.AsSpan(i, (end < 0 ? content.Length : end) - i).TrimEnd();
        if (first.Length > 0 && first[^1] == '}')
        {
            try
            {
                using var json = JsonDocument.Parse(first.ToString());
                return json.RootElement.TryGetProperty("text", out _) ? Confidence.Strong : Confidence.Weak;
            }
            catch (JsonException)
            {
                // Not one object per line: maybe one object over several lines.
            }
        }
        return WholeJson(content) is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("text", out _) ? Confidence.Strong : Confidence.No;
    }

    /// <summary>The content parsed as one JSON value, or null.</summary>
    internal static JsonElement? WholeJson(string content)
    {
        try
        {
            using var json = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public IEnumerable<Document> Read(string content, string source) =>
        ReadEntries(content, source, InputOptions.Default).Where(r => r.IsOk).Select(r => r.Document!);

    public IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options)
    {
        var start = Sniff.Start(content);
        if (start < content.Length && content[start] == '[' || !FirstLineIsObject(content, start))
        {
            // A JSON array of articles, or one article object written over several lines.
            var whole = WholeJson(content) ?? throw new InputException("not valid JSON (neither JSON Lines nor a JSON array of articles)");
            if (whole.ValueKind == JsonValueKind.Object) return [ReadObject(whole, source, "the object")];
            if (whole.ValueKind != JsonValueKind.Array) throw new InputException("JSON that is neither an article object nor an array of articles");
            var list = new List<ReadResult>();
            var n = 0;
            foreach (var e in whole.EnumerateArray())
            {
                n++;
                list.Add(e.ValueKind == JsonValueKind.Object ? ReadObject(e, $"{source}#{n}", $"element {n}") : ReadResult.Rejected($"{source}#{n}", $"element {n} is not a JSON object"));
            }
            if (n == 0) throw new InputException("an empty JSON array");
            return list;
        }
        var results = new List<ReadResult>();
        var lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var src = $"{source}#{lineNo}";
            results.Add(ReadLine(line, src, lineNo));
        }
        if (results.Count == 0) throw new InputException("no JSON lines");
        return results;
    }

    private static bool FirstLineIsObject(string content, int start)
    {
        var end = content.IndexOf('\n', start);
        var first = content.AsSpan(start, (end < 0 ? content.Length : end) - start).TrimEnd();
        return first.Length > 1 && first[0] == '{' && first[^1] == '}';
    }

    private static ReadResult ReadLine(string line, string src, int lineNo)
    {
        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 32 });
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return ReadResult.Rejected(src, $"line {lineNo} is not a JSON object");
            return ReadObject(o, src, $"line {lineNo}");
        }
        catch (JsonException e)
        {
            return ReadResult.Rejected(src, $"line {lineNo} is not valid JSON: {e.Message}");
        }
    }

    private static ReadResult ReadObject(JsonElement o, string src, string what)
    {
        {
            var text = Str(o, "text");
            if (string.IsNullOrWhiteSpace(text)) return ReadResult.Rejected(src, $"{what} has no \"text\"");
            var meta = new DocumentMeta
            {
                Source = src,
                Format = "jsonl",
                Url = Str(o, "url"),
                Outlet = Str(o, "outlet") ?? Str(o, "source"),
                Title = Str(o, "title"),
                Byline = Str(o, "byline") ?? Str(o, "author"),
                Language = Str(o, "language") ?? Str(o, "lang"),
            };
            var doc = new Document(text, meta);
            if (Str(o, "published") is { } published && !MetaDates.Apply(meta, published, "metadata"))
                doc.Warnings.Add($"\"published\" value '{published}' is not a date this reader understands");
            return ReadResult.Ok(doc);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s : null;
}
