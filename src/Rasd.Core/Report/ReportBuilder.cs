using System.Text.Encodings.Web;
using System.Text.Json;
using Rasd.Model;

namespace Rasd.Report;

/// <summary>Turns analysed documents and the corpus into the rasd.report/1 contract.</summary>
public static class ReportBuilder
{
    public const string SchemaId = "rasd.report/1";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Arabic stays readable in the output; the report is data, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ReportJson Build(Corpus corpus, IEnumerable<Document>? only = null)
    {
        var docs = (only ?? corpus.Documents).ToList();
        var itemIds = docs.SelectMany(d => d.Items).Select(i => i.Id).ToHashSet();
        var events = corpus.Events.Where(e => e.Mentions.Any(m => itemIds.Contains(m.Item))).ToList();
        var storyIds = docs.SelectMany(d => d.Items).Select(i => i.Story).Where(s => s != null).ToHashSet();
        var stories = corpus.Stories.Where(s => storyIds.Contains(s.Id)).ToList();
        var entityIds = new HashSet<string>();
        foreach (var e in events)
        {
            entityIds.UnionWith(e.SourceActors);
            entityIds.UnionWith(e.TargetActors);
            if (e.Location != null) entityIds.Add(e.Location);
            foreach (var m in e.Mentions) if (m.Attribution != null) entityIds.Add(m.Attribution);
        }
        foreach (var d in docs)
            foreach (var m in d.Entities)
                if (m.EntityId != null) entityIds.Add(m.EntityId);
        var entities = corpus.Entities.Values.Where(e => entityIds.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        return new ReportJson(
            SchemaId,
            docs.Select(ToJson).ToList(),
            stories.Select(ToJson).ToList(),
            entities.Select(ToJson).ToList(),
            events.Select(ToJson).ToList());
    }

    public static string Serialize(ReportJson report) => JsonSerializer.Serialize(report, JsonOptions);

    public static DateJson ToJson(DateValue d) => new(
        d.Iso,
        d.Precision.ToString().ToLowerInvariant(),
        d.Resolved,
        d.Basis,
        d.Note);

    public static DocumentJson ToJson(Document d)
    {
        var items = d.Items.Count > 0
            ? d.Items.Select(i => ItemJson(d, i)).ToList()
            // The contract needs at least one item: a document with none is shown whole (and warned about).
            : new List<ItemJson> { new(d.Id + "-0", "", d.Meta.Title, 0, d.Text.Length, d.Text, new(), null) };
        return new DocumentJson(d.Id, d.Meta.Source, d.Meta.Outlet, d.Meta.Byline, d.Meta.Title, ToJson(d.Meta.Published), items);
    }

    private static ItemJson ItemJson(Document d, Item i)
    {
        var removed = d.Removed
            .Where(r => i.Span.Covers(r.Span))
            .OrderBy(r => r.Span.Start)
            .Select(r => new RemovedJson(r.Span.Start, r.Span.End, r.Kind.ToString().ToLowerInvariant()))
            .ToList();
        return new ItemJson(i.Id, i.Story ?? "", i.Title, i.Span.Start, i.Span.End, i.CleanText, removed, i.NearDuplicateOf);
    }

    public static StoryJson ToJson(Story s) => new(s.Id, s.Title, s.Items.ToList(), s.Events.ToList(), s.First?.Iso, s.Last?.Iso);

    public static EntityJson ToJson(Entity e) => new(
        e.Id, e.Type.ToString().ToLowerInvariant(), e.Name, e.NameEn, e.Wikidata, e.Country,
        e.Aliases.ToList(), e.Roles.Select(r => new RoleJson(r.Title, r.Of)).ToList());

    public static EventJson ToJson(Event e) => new(
        e.Id, e.Story, e.Type, e.Cameo, e.Plover, e.PloverMode, e.Summary, ToJson(e.Date),
        e.SourceActors.ToList(), e.TargetActors.ToList(), e.Location, e.Modality.ToString().ToLowerInvariant(),
        e.Mentions.Select(m => new MentionJson(m.Document, m.Item, m.Span.Start, m.Span.End, m.Text, m.Attribution, m.AttributionText)).ToList(),
        new CorroborationJson(e.Documents, e.Outlets, e.Attributions));
}
