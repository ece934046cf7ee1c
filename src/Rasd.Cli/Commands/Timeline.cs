using System.Text;
using Rasd.Model;

namespace Rasd.Cli.Commands;

/// <summary>
/// Events as timeline lines: date, type, actors, summary, how many outlets reported it, and a mark when only
/// one account exists. Undated events come after the dated ones, each with why its date is unknown.
/// </summary>
public static class Timeline
{
    public static void Write(StringBuilder sb, IReadOnlyList<Event> events, Corpus corpus)
    {
        string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => corpus.Entities.TryGetValue(id, out var e) ? e.Name : id));
        var dated = events.Where(e => e.Date.Resolved).OrderBy(e => e.Date.Range!.Value.First).ThenBy(e => e.Date.Precision).ThenBy(e => e.Id, StringComparer.Ordinal);
        foreach (var e in dated) Line(sb, e.Date.Iso!, e, Names);
        var undated = events.Where(e => !e.Date.Resolved).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in undated)
        {
            Line(sb, "undated", e, Names);
            sb.AppendLine($"      date unknown: {e.Date.Note ?? "no date found"}");
        }
    }

    private static void Line(StringBuilder sb, string date, Event e, Func<IEnumerable<string>, string> names)
    {
        var actors = names(e.SourceActors);
        if (e.TargetActors.Count > 0) actors += " → " + names(e.TargetActors);
        var mark = e.SingleSource ? "  [single source]" : "";
        var modality = e.Modality == Modality.Asserted ? "" : $" ({e.Modality.ToString().ToLowerInvariant()})";
        sb.AppendLine($"  {date,-10}  {e.Type} [{e.Cameo}]{modality}  {actors}  {e.Summary}  — {e.Outlets} outlet{(e.Outlets == 1 ? "" : "s")}{mark}");
    }
}
