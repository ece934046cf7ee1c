using System.Text;
using Rasd.Model;
using Rasd.Report;

namespace Rasd.Cli.Commands;

/// <summary>The report as text for a terminal: documents, stories, then events in date order.</summary>
public static class ReportTable
{
    public static string Render(ReportJson r, Corpus corpus)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{r.Documents.Count} documents, {r.Stories.Count} stories, {r.Entities.Count} entities, {r.Events.Count} events");
        sb.AppendLine();
        sb.AppendLine("DOCUMENTS");
        foreach (var d in r.Documents)
            sb.AppendLine($"  {d.Id}  {d.Published.Value ?? "undated",-10}  {d.Outlet ?? "-"}  {d.Title ?? d.Source}  ({d.Items.Count} item{(d.Items.Count == 1 ? "" : "s")})");
        if (r.Stories.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("STORIES");
            foreach (var s in r.Stories)
                sb.AppendLine($"  {s.Id}  {s.First ?? "?"} … {s.Last ?? "?"}  {s.Title}  ({s.Items.Count} items, {s.Events.Count} events)");
        }
        if (r.Events.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("EVENTS");
            var ids = r.Events.Select(e => e.Id).ToHashSet();
            sb.Append(Rasd.Stories.Timeline.Render(corpus.Events.Where(e => ids.Contains(e.Id)), corpus.Entities));
        }
        return sb.ToString();
    }
}
