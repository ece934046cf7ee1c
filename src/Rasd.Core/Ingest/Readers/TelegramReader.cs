using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>
/// Telegram Desktop chat exports (result.json): each message with text becomes a document dated by the message,
/// with the channel as outlet. Media paths are checked beside the export; a missing file is noted on the document.
/// </summary>
public sealed partial class TelegramReader : IScoredReader
{
    private static readonly string[] MediaFields = ["photo", "file", "thumbnail"];

    [GeneratedRegex(@"""messages""\s*:\s*\[")]
    private static partial Regex MessagesArray();

    public string Format => "telegram";
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public bool CanRead(string content, string source) => Score(content, source) != Confidence.No;

    public Confidence Score(string content, string source)
    {
        var i = Sniff.Start(content);
        if (i >= content.Length || content[i] != '{') return Confidence.No;
        return MessagesArray().IsMatch(content) ? Confidence.Strong : Confidence.No;
    }

    public IEnumerable<Document> Read(string content, string source) =>
        ReadEntries(content, source, InputOptions.Default).Where(r => r.IsOk).Select(r => r.Document!);

    public IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64 }); }
        catch (JsonException e) { throw new InputException($"malformed Telegram export: {e.Message}"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
                throw new InputException("not a Telegram export: no \"messages\" array");
            var channel = Str(root, "name");
            var exportDir = Sniff.IsUrl(source) ? null : Path.GetDirectoryName(Path.GetFullPath(source));
            var results = new List<ReadResult>();
            var index = 0;
            foreach (var m in messages.EnumerateArray())
            {
                index++;
                if (m.ValueKind != JsonValueKind.Object) continue;
                if (Str(m, "type") is { } type && type != "message") continue; // service messages: joins, pins
                var text = Text(m);
                if (string.IsNullOrWhiteSpace(text)) continue; // media-only posts carry no report
                var id = m.TryGetProperty("id", out var idEl) ? idEl.ToString() : index.ToString();
                var meta = new DocumentMeta
                {
                    Source = $"{source}#{id}",
                    Format = "telegram",
                    Outlet = channel,
                    Channel = channel,
                    Byline = Str(m, "author"),
                };
                var date = Str(m, "date");
                if (date != null && MetaDates.TryParse(date, "metadata", out var day, out _))
                {
                    meta.Published = day;
                    meta.DateEvidence.Add(new DateEvidence(day, "metadata", null, date));
                    // date is the exporter's local time; date_unixtime is the exact instant.
                    if (Str(m, "date_unixtime") is { } unix && long.TryParse(unix, out var secs))
                        meta.PublishedAt = DateTimeOffset.FromUnixTimeSeconds(secs);
                }
                var doc = new Document(text, meta);
                foreach (var field in MediaFields)
                {
                    if (Str(m, field) is not { } media) continue;
                    if (media.StartsWith('(')) doc.Warnings.Add($"{field} not included in the export: {media}");
                    else if (exportDir != null && !File.Exists(Path.Combine(exportDir, media)))
                        doc.Warnings.Add($"{field} '{media}' is missing from the export folder");
                }
                results.Add(ReadResult.Ok(doc));
            }
            if (results.Count == 0) throw new InputException($"the Telegram export{(channel != null ? $" of '{channel}'" : "")} holds no message with text");
            return results;
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>"text" is a string, or an array of strings and {type, text} entities (bold, links, hashtags).</summary>
    private static string Text(JsonElement m)
    {
        if (!m.TryGetProperty("text", out var t)) return "";
        if (t.ValueKind == JsonValueKind.String) return t.GetString()!.Trim();
        if (t.ValueKind != JsonValueKind.Array) return "";
        var sb = new StringBuilder();
        foreach (var part in t.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String) sb.Append(part.GetString());
            else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var pt) && pt.ValueKind == JsonValueKind.String) sb.Append(pt.GetString());
        }
        return sb.ToString().Trim();
    }
}
