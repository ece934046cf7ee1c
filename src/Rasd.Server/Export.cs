using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rasd.Model;
using Rasd.Report;
using Rasd.Store;

namespace Rasd.Server;

/// <summary>Writes the store as the report contract (json), one record per line (jsonl) or the events as CSV.</summary>
internal static class Export
{
    public static async Task Json(Stream output, IStore store, Corpus corpus, CancellationToken ct)
    {
        var report = ReportBuilder.Build(corpus, store.Documents());
        await JsonSerializer.SerializeAsync(output, report, ReportBuilder.JsonOptions, ct);
    }

    /// <summary>One JSON object per line, each with a "kind" (document, story, entity, event) and the contract's fields.</summary>
    public static async Task JsonLines(Stream output, IStore store, Corpus corpus, CancellationToken ct)
    {
        var report = ReportBuilder.Build(corpus, store.Documents());
        var opts = new JsonSerializerOptions(ReportBuilder.JsonOptions) { WriteIndented = false };
        await using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        async Task Line(string kind, object record)
        {
            var node = JsonSerializer.SerializeToNode(record, record.GetType(), opts)!.AsObject();
            var o = new JsonObject { ["kind"] = kind };
            foreach (var (k, v) in node.ToList()) { node.Remove(k); o[k] = v; }
            await w.WriteAsync(o.ToJsonString(opts));
            await w.WriteAsync('\n');
        }
        foreach (var d in report.Documents) await Line("document", d);
        foreach (var s in report.Stories) await Line("story", s);
        foreach (var e in report.Entities) await Line("entity", e);
        foreach (var e in report.Events) await Line("event", e);
        await w.FlushAsync(ct);
    }

    public static readonly string[] CsvHeader =
    {
        "event_id", "story_id", "date", "date_precision", "date_basis", "date_note", "type", "cameo", "plover", "summary",
        "source_actors", "target_actors", "location", "modality", "mentions", "documents", "outlets", "attributions", "single_source",
    };

    public static async Task Csv(Stream output, Corpus corpus, CancellationToken ct)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
        string Name(string id) => corpus.Entities.TryGetValue(id, out var e) ? e.Name : id;
        await w.WriteAsync(string.Join(',', CsvHeader) + "\r\n");
        foreach (var e in corpus.Events.OrderBy(e => e.Date.Range?.First ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var row = new[]
            {
                e.Id, e.Story, e.Date.Iso ?? "", e.Date.Precision.ToString().ToLowerInvariant(), e.Date.Basis ?? "", e.Date.Note ?? "",
                e.Type, e.Cameo, e.Plover ?? "", e.Summary ?? "",
                string.Join("; ", e.SourceActors.Select(Name)), string.Join("; ", e.TargetActors.Select(Name)),
                e.Location == null ? "" : Name(e.Location), e.Modality.ToString().ToLowerInvariant(),
                e.Mentions.Count.ToString(), e.Documents.ToString(), e.Outlets.ToString(), e.Attributions.ToString(),
                e.SingleSource ? "true" : "false",
            };
            await w.WriteAsync(string.Join(',', row.Select(CsvCell)) + "\r\n");
        }
        await w.FlushAsync(ct);
    }

    /// <summary>RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with an apostrophe.</summary>
    public static string CsvCell(string v)
    {
        if (v.Length > 0 && "=+-@\t\r".Contains(v[0])) v = "'" + v;
        return v.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }
}
