namespace Rasd.Model;

/// <summary>An actor: a dictionary entry or a new entity merged by normalised full name.</summary>
public sealed class Entity
{
    public required string Id { get; init; }
    public EntityType Type { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public string? Wikidata { get; set; }
    /// <summary>ISO 3166-1 alpha-3 of the country the actor belongs to.</summary>
    public string? Country { get; set; }
    /// <summary>Every surface form seen in the input, in order of first sight.</summary>
    public List<string> Aliases { get; } = new();
    public List<Role> Roles { get; } = new();

    public void AddAlias(string alias)
    {
        if (!Aliases.Contains(alias)) Aliases.Add(alias);
    }

    public void AddRole(Role role)
    {
        if (!Roles.Contains(role)) Roles.Add(role);
    }
}

/// <summary>One report of an event as stored in the merged event: where it is and whose account it is.</summary>
public sealed record Mention
{
    public required string Document { get; init; }
    public required string Item { get; init; }
    public required Span Span { get; init; }
    public required string Text { get; init; }
    public string? Attribution { get; init; }
    public string? AttributionText { get; init; }
    public string? Outlet { get; init; }
    public Modality Modality { get; init; }
    /// <summary>The date this report gives (resolved through coreference when the report's own date lacked a year).</summary>
    public DateValue? Date { get; init; }
    /// <summary>Where the report's date came from (see <see cref="EventMention.DateSource"/>).</summary>
    public string? DateSource { get; init; }
    /// <summary>True when the report refers back to the event rather than reporting it anew.</summary>
    public bool Background { get; init; }
}

/// <summary>An event merged from every report of it.</summary>
public sealed class Event
{
    public required string Id { get; init; }
    public string Story { get; set; } = "";
    public required string Type { get; set; }
    public required string Cameo { get; set; }
    public string? Plover { get; set; }
    public string? PloverMode { get; set; }
    public string? Summary { get; set; }
    public required DateValue Date { get; set; }
    public List<string> SourceActors { get; } = new();
    public List<string> TargetActors { get; } = new();
    public string? Location { get; set; }
    public Modality Modality { get; set; }
    public List<Mention> Mentions { get; } = new();
    /// <summary>Where the event's date came from: sentence, today, coreference, lead, none (a better source replaces a worse one).</summary>
    public string DateSource { get; set; } = "none";

    public int Documents => Mentions.Select(m => m.Document).Distinct().Count();
    public int Outlets => Mentions.Select(m => m.Outlet ?? m.Document).Distinct().Count();
    /// <summary>Distinct accounts: whom each mention repeats, or its outlet's own word where it repeats nobody, except
    /// in a document that attributes the event elsewhere (an unattributed headline over "أعلن الوزير ..." is that
    /// minister's account, not a second one).</summary>
    public int Attributions
    {
        get
        {
            var attributedDocs = Mentions.Where(m => m.Attribution != null).Select(m => m.Document).ToHashSet();
            return Mentions.Where(m => m.Attribution != null || !attributedDocs.Contains(m.Document))
                .Select(m => m.Attribution ?? "outlet:" + (m.Outlet ?? m.Document)).Distinct().Count();
        }
    }
    /// <summary>Only one account exists: one attribution, whatever the number of outlets repeating it.</summary>
    public bool SingleSource => Attributions <= 1;
}

/// <summary>A story thread: items about the same developments and the events they report.</summary>
public sealed class Story
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public List<string> Items { get; } = new();
    public List<string> Events { get; } = new();
    public DateValue? First { get; set; }
    public DateValue? Last { get; set; }
    /// <summary>Story profile for online assignment: feature ("e:" entity, "v:" event, "w:" word) → weight.</summary>
    public Dictionary<string, double> Profile { get; set; } = new();
    /// <summary>Latest day an item of the story was published or one of its events happened (for the recency window).</summary>
    public DateOnly? LastActive { get; set; }
}

/// <summary>
/// What Rasd knows across documents: entities, merged events and stories.
/// Corpus stages update it one document at a time (online), so adding a document never re-clusters everything.
/// </summary>
public sealed class Corpus
{
    /// <summary>Documents analysed in this run (a corpus loaded from a store starts with none).</summary>
    public List<Document> Documents { get; } = new();
    /// <summary>
    /// Every item known, from this run and (when loaded from a store) before it. Corpus stages rebuild their
    /// indexes in <see cref="State"/> from these, so what they need (a fingerprint, a story) lives on the Item.
    /// </summary>
    public List<Item> Items { get; } = new();
    public Dictionary<string, Entity> Entities { get; } = new();
    public List<Event> Events { get; } = new();
    public List<Story> Stories { get; } = new();
    /// <summary>Per-stage state that must outlive one document (near-duplicate index, story index...).</summary>
    public Dictionary<string, object> State { get; } = new();

    public T GetState<T>(string key, Func<T> create) where T : class
    {
        if (State.TryGetValue(key, out var o)) return (T)o;
        var t = create();
        State[key] = t;
        return t;
    }
}
