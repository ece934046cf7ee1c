using System.Text;
using Rasd.Model;

namespace Rasd.Stories;

/// <summary>
/// A story's (or any set of events') timeline as text: one line per event with its date, type and CAMEO code, actors,
/// summary, how many outlets reported it and a mark when only one account exists; modality when not asserted.
/// Undated events come after the dated ones, each followed by why its date is unknown.
/// </summary>
public static class Timeline
{
    public const string SingleSourceMark = "[single source]";

    public static string Render(IEnumerable<Event> events, IReadOnlyDictionary<string, Entity> entities, Story? story = null)
    {
        var sb = new StringBuilder();
        using var w = new StringWriter(sb);
        Render(w, events, entities, story);
        return sb.ToString();
    }

    public static void Render(TextWriter w, IEnumerable<Event> events, IReadOnlyDictionary<string, Entity> entities, Story? story = null)
    {
        var list = events.ToList();
        if (story != null)
        {
            w.WriteLine($"{story.Title}  ({story.Id}; {story.First?.Iso ?? "?"} … {story.Last?.Iso ?? "?"}; {story.Items.Count} items, {list.Count} events)");
        }
        var dated = list.Where(e => e.Date.Resolved)
            .OrderBy(e => e.Date.Range!.Value.First).ThenByDescending(e => e.Date.Precision).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var undated = list.Where(e => !e.Date.Resolved).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in dated) Line(w, e.Date.Iso!, e, entities);
        if (undated.Count > 0 && dated.Count > 0) w.WriteLine("  -- undated --");
        foreach (var e in undated)
        {
            var partial = e.Date.Month > 0 ? $"--{e.Date.Month:D2}" + (e.Date.Day > 0 ? $"-{e.Date.Day:D2}" : "") : "undated";
            Line(w, partial, e, entities);
            w.WriteLine($"              date unknown: {e.Date.Note ?? "no date found"}");
        }
    }

    public static string Names(IEnumerable<string> ids, IReadOnlyDictionary<string, Entity> entities) =>
        string.Join("، ", ids.Select(id => entities.TryGetValue(id, out var e) ? e.Name : id));

    private static void Line(TextWriter w, string date, Event e, IReadOnlyDictionary<string, Entity> entities)
    {
        var actors = Names(e.SourceActors, entities);
        if (e.TargetActors.Count > 0) actors += " → " + Names(e.TargetActors, entities);
        if (actors.Length == 0) actors = "?";
        var modality = e.Modality == Modality.Asserted ? "" : $" ({e.Modality.ToString().ToLowerInvariant()})";
        var mark = e.SingleSource ? "  " + SingleSourceMark : "";
        var outlets = e.Outlets;
        w.WriteLine($"  {date,-10}  {e.Type} [{e.Cameo}]{modality}  {actors}  {e.Summary}  — {outlets} outlet{(outlets == 1 ? "" : "s")}, {e.Documents} document{(e.Documents == 1 ? "" : "s")}{mark}");
    }
}
