using System.Text.Json.Serialization;

namespace Rasd.Report;

// These records mirror ../shared/contract/report.schema.json (rasd.report/1) exactly; tools outside the project read it.

public sealed record ReportJson(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("documents")] List<DocumentJson> Documents,
    [property: JsonPropertyName("stories")] List<StoryJson> Stories,
    [property: JsonPropertyName("entities")] List<EntityJson> Entities,
    [property: JsonPropertyName("events")] List<EventJson> Events);

public sealed record DateJson(
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("precision")] string Precision,
    [property: JsonPropertyName("resolved")] bool Resolved,
    [property: JsonPropertyName("basis")] string? Basis,
    [property: JsonPropertyName("note")] string? Note);

public sealed record DocumentJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("byline")] string? Byline,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published")] DateJson Published,
    [property: JsonPropertyName("items")] List<ItemJson> Items);

public sealed record RemovedJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("kind")] string Kind);

public sealed record ItemJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("story")] string Story,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("removed")] List<RemovedJson> Removed,
    [property: JsonPropertyName("near_duplicate_of")] string? NearDuplicateOf);

public sealed record StoryJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("items")] List<string> Items,
    [property: JsonPropertyName("events")] List<string> Events,
    [property: JsonPropertyName("first")] string? First,
    [property: JsonPropertyName("last")] string? Last);

public sealed record RoleJson(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("of")] string? Of);

public sealed record EntityJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("name_en")] string? NameEn,
    [property: JsonPropertyName("wikidata")] string? Wikidata,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("aliases")] List<string> Aliases,
    [property: JsonPropertyName("roles")] List<RoleJson> Roles);

public sealed record MentionJson(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("item")] string Item,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("attribution")] string? Attribution,
    [property: JsonPropertyName("attribution_text")] string? AttributionText);

public sealed record CorroborationJson(
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("outlets")] int Outlets,
    [property: JsonPropertyName("attributions")] int Attributions);

public sealed record EventJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("story")] string Story,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("cameo")] string Cameo,
    [property: JsonPropertyName("plover")] string? Plover,
    [property: JsonPropertyName("plover_mode")] string? PloverMode,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("date")] DateJson Date,
    [property: JsonPropertyName("source_actors")] List<string> SourceActors,
    [property: JsonPropertyName("target_actors")] List<string> TargetActors,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("modality")] string Modality,
    [property: JsonPropertyName("mentions")] List<MentionJson> Mentions,
    [property: JsonPropertyName("corroboration")] CorroborationJson Corroboration);
