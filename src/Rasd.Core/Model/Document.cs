namespace Rasd.Model;

/// <summary>
/// One input document. <see cref="Text"/> is the original decoded text and is never altered:
/// every stage adds spans over it (UTF-16 offsets, end exclusive), the way spaCy's Doc carries annotations.
/// </summary>
public sealed class Document
{
    public Document(string text, DocumentMeta meta)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Meta = meta;
        Id = ContentHash.Of(text);
    }

    /// <summary>Content hash of the original text: the same content is the same document.</summary>
    public string Id { get; }
    public string Text { get; }
    public DocumentMeta Meta { get; }

    /// <summary>Paragraphs (usually lines) the cleaner found, each classified.</summary>
    public List<Block> Blocks { get; } = new();
    /// <summary>Page furniture the cleaner removed (kept here as labelled spans; the text stays whole).</summary>
    public List<RemovedSpan> Removed { get; } = new();
    public List<Item> Items { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public List<TimeMention> Times { get; } = new();
    public List<EntityMention> Entities { get; } = new();
    public List<EventMention> Events { get; } = new();
    /// <summary>Notes for the user (a document that is all furniture, an unresolved publication date...).</summary>
    public List<string> Warnings { get; } = new();
    /// <summary>The rules that analysed the document (<see cref="Rasd.Pipeline.RuleSet"/>); null before analysis, or when stored by a rasd that did not record it.</summary>
    public string? AnalysedBy { get; set; }

    public string Slice(Span s) => Text.Substring(s.Start, s.Length);
    public ReadOnlySpan<char> View(Span s) => Text.AsSpan(s.Start, s.Length);

    /// <summary>Work the document stages share while the document is analysed (the tokens of its sentences); dropped after.</summary>
    internal object? Scratch { get; set; }
}

/// <summary>What is known about a document besides its text.</summary>
public sealed class DocumentMeta
{
    /// <summary>The path or URL the document was read from, as given (plus "#n" for the n-th entry of a feed or export).</summary>
    public required string Source { get; init; }
    /// <summary>Name of the reader that produced the document (text, html, rss, atom, telegram, trec, jsonl).</summary>
    public string Format { get; set; } = "text";
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string? Byline { get; set; }
    public string? Title { get; set; }
    /// <summary>Publication date: set by readers from metadata (basis feed/metadata), refined by the clean and time stages.</summary>
    public DateValue Published { get; set; } = DateValue.Unknown("no publication date found");
    /// <summary>A precise timestamp when the source gives one (feeds, Telegram, TREC TIME).</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>Dates seen as evidence for the publication date (metadata lines, URL paths), before the time stage decides.</summary>
    public List<DateEvidence> DateEvidence { get; } = new();
    /// <summary>Channel or feed the document came from, when different from the outlet.</summary>
    public string? Channel { get; set; }
    public string? Language { get; set; }
    /// <summary>Encoding the input was decoded from (utf-8, utf-8-bom, utf-16le, utf-16be, windows-1256), when read from bytes.</summary>
    public string? Encoding { get; set; }
}

public sealed record DateEvidence(DateValue Date, string Basis, Span? Where, string Text);

public enum BlockKind { Headline, Body, Removed }

/// <summary>A line or paragraph of the original text, as the cleaner classified it.</summary>
public sealed record Block(Span Span, BlockKind Kind, RemovedKind? Removed = null)
{
    /// <summary>True when a new item (a post, a story appended after "read also") starts at this block.</summary>
    public bool ItemStart { get; init; }
}

public enum RemovedKind { Navigation, Boilerplate, Comments, Related, Tags, Media, Duplicate, Promo, Metadata }

public sealed record RemovedSpan(Span Span, RemovedKind Kind, string? Reason = null);

/// <summary>One news item of a document: a post, an article, or a story appended after "read also".</summary>
public sealed class Item
{
    public required string Id { get; init; }
    /// <summary>Id of the document the item belongs to.</summary>
    public string DocumentId { get; set; } = "";
    public required Span Span { get; init; }
    public string? Title { get; set; }
    public Span? TitleSpan { get; set; }
    /// <summary>The title is the item's first sentence (no headline line): body text, not a headline over it.</summary>
    public bool TitleDerived { get; set; }
    /// <summary>The kept paragraphs, in order: the clean text is these joined by newlines.</summary>
    public List<Span> Paragraphs { get; } = new();
    public string CleanText { get; set; } = "";
    public string? NearDuplicateOf { get; set; }
    /// <summary>MinHash signature of the clean text (set by the near-duplicates stage; kept so its index can be rebuilt from a store).</summary>
    public uint[]? Fingerprint { get; set; }
    public string? Story { get; set; }
    /// <summary>Publication date of this item when it differs from the document's (a post of a channel export).</summary>
    public DateValue? Published { get; set; }
}

public sealed record Sentence(Span Span, string ItemId, int Paragraph);

public enum TimeType { Date, DateRange, Time, Duration, Set }

/// <summary>A time expression found in the text and what it resolves to.</summary>
public sealed record TimeMention
{
    public required Span Span { get; init; }
    public required string Text { get; init; }
    public TimeType Type { get; init; } = TimeType.Date;
    /// <summary>The resolved date (start of a range), or an unresolved value with its note.</summary>
    public required DateValue Value { get; init; }
    /// <summary>End of a range, when Type is DateRange.</summary>
    public DateValue? End { get; init; }
    /// <summary>ISO value as `rasd dates` prints it (a date, "start/end", or a duration like P2D).</summary>
    public string? Iso { get; init; }
    /// <summary>True when the expression refers to the past as background ("since 2015").</summary>
    public bool Background { get; init; }
}

public enum EntityType { Person, Organization, Location, Country, Group }

/// <summary>A named or role mention of an actor.</summary>
public sealed record EntityMention
{
    public required Span Span { get; init; }
    public required string Text { get; init; }
    public EntityType Type { get; init; }
    /// <summary>NER label as ANERcorp spells it (PERS, LOC, ORG, MISC), when the mention came from the tagger.</summary>
    public string? NerLabel { get; init; }
    /// <summary>Id of the entity the mention resolves to (dictionary key or a new entity's key).</summary>
    public string? EntityId { get; set; }
    /// <summary>How it was found: ner, dictionary, role, coreference.</summary>
    public string Source { get; init; } = "ner";
    /// <summary>Role stated next to the name ("وزير الخارجية").</summary>
    public Role? Role { get; set; }
    /// <summary>Further roles stated in the same apposition ("المبعوث الخاص ...، ونائب وزير الخارجية، ميخائيل بوغدانوف").</summary>
    public List<Role> OtherRoles { get; init; } = new();
}

public sealed record Role(string Title, string? Of);

public enum Modality { Asserted, Future, Planned, Denied, Hypothetical }

/// <summary>One report of an event, in one sentence of one item.</summary>
public sealed record EventMention
{
    public required string ItemId { get; init; }
    /// <summary>The words of the mention (usually the sentence or clause).</summary>
    public required Span Span { get; init; }
    public required Span Trigger { get; init; }
    public required string Type { get; init; }
    public required string Cameo { get; init; }
    public string? Plover { get; init; }
    public string? PloverMode { get; init; }
    public List<string> SourceActors { get; init; } = new();
    public List<string> TargetActors { get; init; } = new();
    public string? Location { get; init; }
    public required DateValue Date { get; init; }
    public Modality Modality { get; init; } = Modality.Asserted;
    public string? Attribution { get; init; }
    public string? AttributionText { get; init; }
    public string? Summary { get; init; }
    /// <summary>True when the mention refers back to an earlier event ("the first call in February").</summary>
    public bool Background { get; init; }
    /// <summary>Where the date came from: sentence (a time expression), today (publication day), lead (publication day of a lead sentence without a date), none.</summary>
    public string DateSource { get; init; } = "none";
}
