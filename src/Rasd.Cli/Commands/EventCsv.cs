using System.Text;
using Rasd.Model;
using Rasd.Report;

namespace Rasd.Cli.Commands;

/// <summary>One row per event, GDELT-like: date, actors by name and id, CAMEO/PLOVER, corroboration, first source.</summary>
public static class EventCsv
{
    public static readonly string[] Header =
    [
        "event_id", "date", "date_precision", "date_basis", "date_note", "story", "type", "cameo", "plover", "plover_mode", "modality",
        "source_actor_ids", "source_actors", "target_actor_ids", "target_actors", "location",
        "summary", "mentions", "documents", "outlets", "attributions", "single_source", "first_document",
    ];

    public static string Write(IEnumerable<EventJson> events, Corpus corpus)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Header)).Append("\r\n");
        string Name(string id) => corpus.Entities.TryGetValue(id, out var e) ? e.Name : id;
        foreach (var e in events)
        {
            string[] row =
            [
                e.Id, e.Date.Value ?? "", e.Date.Precision, e.Date.Basis ?? "", e.Date.Note ?? "", e.Story, e.Type, e.Cameo, e.Plover ?? "",
                e.PloverMode ?? "", e.Modality,
                string.Join(';', e.SourceActors), string.Join(';', e.SourceActors.Select(Name)),
                string.Join(';', e.TargetActors), string.Join(';', e.TargetActors.Select(Name)), e.Location == null ? "" : Name(e.Location),
                e.Summary ?? "", e.Mentions.Count.ToString(), e.Corroboration.Documents.ToString(), e.Corroboration.Outlets.ToString(),
                e.Corroboration.Attributions.ToString(), (e.Corroboration.Attributions <= 1) ? "true" : "false",
                e.Mentions.Count > 0 ? e.Mentions[0].Document : "",
            ];
            sb.Append(string.Join(',', row.Select(Cell))).Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    public static string Cell(string v)
    {
        if (v.Length > 0 && "=+-@\t\r".Contains(v[0])) v = "'" + v;
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }
}
