using Rasd.Model;

namespace Rasd.Actors;

/// <summary>
/// Questions later stages (events, attribution) ask about a document's actors after the "actors" stage ran.
/// </summary>
public static class ActorQueries
{
    /// <summary>Linked mentions inside a span (a sentence or clause), in text order.</summary>
    public static IEnumerable<EntityMention> MentionsIn(Document doc, Span span) =>
        doc.Entities.Where(m => m.EntityId != null && span.Covers(m.Span)).OrderBy(m => m.Span.Start);

    /// <summary>The linked mention covering a character offset, if any.</summary>
    public static EntityMention? MentionAt(Document doc, int offset) =>
        doc.Entities.FirstOrDefault(m => m.EntityId != null && m.Span.Contains(offset));

    /// <summary>
    /// The actor a statement is attributed to when the source is named in <paramref name="span"/>: an organisation
    /// or agency ("الكرملين", "وكالة تاس", "الرئاسة السورية"), a person, or a place standing for its government
    /// ("موسكو" → rasd:government:RUS). Null when the span names nobody.
    /// </summary>
    public static string? AttributionIn(Document doc, Span span, ActorDictionary? dict = null)
    {
        dict ??= ActorDictionary.Default;
        foreach (var m in MentionsIn(doc, span))
        {
            if (m.Type is EntityType.Country) continue;
            var e = dict.Get(m.EntityId!);
            return e?.StandsFor ?? m.EntityId;
        }
        return null;
    }
}
