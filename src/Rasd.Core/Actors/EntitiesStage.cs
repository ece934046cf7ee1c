using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Actors;

/// <summary>
/// The "entities" corpus stage: adds each document's linked mentions to <see cref="Corpus.Entities"/> — dictionary
/// facts (names, Wikidata, country) for known actors, new entities merged across documents by their normalised
/// full-name key, aliases exactly as seen in the input (in order of first sight), and the roles stated in the text.
/// Needs no in-memory state, so it continues from a corpus loaded from a store.
/// </summary>
public sealed class EntitiesStage : ICorpusStage
{
    public string Name => "entities";
    private readonly ActorDictionary _dict;

    public EntitiesStage() : this(ActorDictionary.Default) { }
    public EntitiesStage(ActorDictionary dict) => _dict = dict;

    public void Process(Document doc, Corpus corpus)
    {
        foreach (var m in doc.Entities)
        {
            if (m.EntityId == null) continue;
            if (!corpus.Entities.TryGetValue(m.EntityId, out var e))
            {
                var d = _dict.Get(m.EntityId);
                e = d != null
                    ? new Entity { Id = d.Id, Type = d.Type, Name = d.Name, NameEn = d.NameEn, Wikidata = d.Wikidata, Country = d.Country }
                    : new Entity { Id = m.EntityId, Type = m.Type, Name = m.Text };
                corpus.Entities[m.EntityId] = e;
            }
            // A new entity first seen through a bare or role mention takes its name from its first full mention.
            if (_dict.Get(e.Id) == null && m.Source == "ner" && m.Text.Length > e.Name.Length) e.Name = m.Text;
            e.AddAlias(m.Text);
            if (m.Role != null) e.AddRole(m.Role);
            foreach (var r in m.OtherRoles) e.AddRole(r);
        }
    }
}
