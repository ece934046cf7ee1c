using Rasd.Model;
using Rasd.Search;

namespace Rasd.Server;

public sealed record PageOf<T>(int Page, int Size, int Total, IReadOnlyList<T> Items);

public sealed record DateDto(string? Iso, string Precision, string? Basis, string? Note)
{
    public static DateDto Of(DateValue d) => new(d.Iso, d.Precision.ToString().ToLowerInvariant(), d.Basis, d.Note);
    public static DateDto? OfNullable(DateValue? d) => d == null ? null : Of(d);

    /// <summary>From an ISO value at its precision ("YYYY", "YYYY-MM", "YYYY-MM-DD"); null stays null.</summary>
    public static DateDto? OfIso(string? iso) => string.IsNullOrEmpty(iso) ? null
        : new(iso, iso.Length switch { 4 => "year", 7 => "month", 10 => "day", _ => "unknown" }, null, null);
}

public sealed record StorySummaryDto(string Id, string Title, DateDto? First, DateDto? Last, int Items, int Events, int Outlets);

public sealed record ActorRef(string Id, string Name);

public sealed record EventSummaryDto(
    string Id, string Story, string Type, string Cameo, string? Plover, string? Summary, DateDto Date,
    string Modality, IReadOnlyList<ActorRef> SourceActors, IReadOnlyList<ActorRef> TargetActors, ActorRef? Location,
    int Mentions, int Documents, int Outlets, int Attributions, bool SingleSource);

public sealed record UndatedEventDto(EventSummaryDto Event, string Reason);

public sealed record TimelineDto(IReadOnlyList<EventSummaryDto> Dated, IReadOnlyList<UndatedEventDto> Undated);

public sealed record StoryItemDto(string Id, string? Title, string Document, string? Outlet, DateDto? Published, string? Url);

public sealed record StoryDto(string Id, string Title, DateDto? First, DateDto? Last, int Outlets,
    PageOf<StoryItemDto> Items, TimelineDto Timeline);

public sealed record SpanDto(int Start, int End);

public sealed record ParagraphDto(string Text, int Start, int End, SpanDto Mention);

public sealed record MentionDto(
    string Document, string Item, SpanDto Span, string Text, string? Outlet, string? DocumentTitle, string? Source,
    string? Url, DateDto? Published, string? Attribution, string? AttributionName, string? AttributionText,
    string Modality, ParagraphDto? Paragraph);

public sealed record EventDto(EventSummaryDto Event, string? StoryTitle, IReadOnlyList<MentionDto> Mentions);

public sealed record RoleDto(string Title, string? Of);

public sealed record EntityDto(string Id, string Type, string Name, string? NameEn, string? Wikidata, string? Country,
    IReadOnlyList<string> Aliases, IReadOnlyList<RoleDto> Roles, PageOf<EventSummaryDto> Events);

public sealed record IngestedDto(string? Id, string Source, string? Format, string? Title, string Outcome, string? Error);

public sealed record IngestResponseDto(int Stored, int Duplicates, int Rejected, IReadOnlyList<IngestedDto> Documents);

public sealed record SearchResponseDto(string Query, int Page, int Size, int Total, IReadOnlyList<SearchHit> Items);
