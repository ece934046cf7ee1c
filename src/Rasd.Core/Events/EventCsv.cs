using Rasd.Model;

namespace Rasd.Events;

/// <summary>
/// Events as CSV, one row per merged event, in the spirit of GDELT's event table: date (ISO and SQLDATE-like digits),
/// actor codes and names (source and target), CAMEO code and root, PLOVER type and mode, location, corroboration
/// (mentions, documents, outlets, attributions), single-source mark and the first source (document, outlet, attribution).
/// RFC 4180 quoting; cells a spreadsheet would run as formulas get a leading apostrophe.
/// </summary>
public static class EventCsv
{
    public static readonly string[] Header =
    [
        "event_id", "sql_date", "date", "date_precision", "date_basis", "date_note", "story", "type", "modality",
        "cameo", "cameo_root", "plover", "plover_mode",
        "actor1_code", "actor1_name", "actor1_country", "actor2_code", "actor2_name", "actor2_country",
        "location_code", "location_name", "summary",
        "num_mentions", "num_documents", "num_outlets", "num_attributions", "single_source",
        "first_document", "first_outlet", "first_attribution", "first_text",
    ];

    public static void Write(TextWriter w, IEnumerable<Event> events, IReadOnlyDictionary<string, Entity> entities)
    {
        w.Write(string.Join(',', Header));
        w.Write("\r\n");
        string Name(string? id) => id == null ? "" : entities.TryGetValue(id, out var e) ? e.Name : id;
        string Country(string? id) => id != null && entities.TryGetValue(id, out var e) ? e.Country ?? "" : "";
        foreach (var e in events)
        {
            var first = e.Mentions.FirstOrDefault();
            var a1 = e.SourceActors.FirstOrDefault();
            var a2 = e.TargetActors.FirstOrDefault();
            string[] row =
            [
                e.Id, e.Date.Iso?.Replace("-", "") ?? "", e.Date.Iso ?? "", e.Date.Precision.ToString().ToLowerInvariant(), e.Date.Basis ?? "", e.Date.Note ?? "",
                e.Story, e.Type, e.Modality.ToString().ToLowerInvariant(),
                e.Cameo, e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo, e.Plover ?? "", e.PloverMode ?? "",
                string.Join(';', e.SourceActors), string.Join(';', e.SourceActors.Select(Name)), Country(a1),
                string.Join(';', e.TargetActors), string.Join(';', e.TargetActors.Select(Name)), Country(a2),
                e.Location ?? "", Name(e.Location), e.Summary ?? "",
                e.Mentions.Count.ToString(), e.Documents.ToString(), e.Outlets.ToString(), e.Attributions.ToString(), e.SingleSource ? "1" : "0",
                first?.Document ?? "", first?.Outlet ?? "", first?.Attribution == null ? "" : Name(first.Attribution), first?.Text ?? "",
            ];
            w.Write(string.Join(',', row.Select(Cell)));
            w.Write("\r\n");
        }
    }

    public static string Cell(string v)
    {
        if (v.Length > 0 && "=+-@\t\r".Contains(v[0])) v = "'" + v;
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }
}
