using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Rasd.Model;

namespace Rasd.Store;

/// <summary>
/// The JSON every store backend writes for model objects (documents with their analysis, items, entities,
/// events, stories, dates). One format for SQLite and PostgreSQL so a store can be copied between them.
/// Public get/set properties are stored; computed get-only values (Event.Outlets, DateValue.Iso, Span.Length)
/// are not, and get-only lists (Entity.Aliases, Event.Mentions...) are filled in place when reading.
/// </summary>
public static class StoreJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            // Arabic stays as is: smaller rows and readable with sqlite3/psql.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputed } },
        };
        o.Converters.Add(new JsonStringEnumConverter());
        o.MakeReadOnly();
        return o;
    }

    // A get-only scalar is derived from other properties: writing it would only waste space and could not be read back.
    private static void SkipComputed(JsonTypeInfo ti)
    {
        if (ti.Kind != JsonTypeInfoKind.Object) return;
        for (var i = ti.Properties.Count - 1; i >= 0; i--)
        {
            var p = ti.Properties[i];
            if (p.AttributeProvider is not System.Reflection.PropertyInfo pi || pi.GetSetMethod() != null) continue;
            var t = p.PropertyType;
            if (t.IsValueType || t == typeof(string)) ti.Properties.RemoveAt(i);
            // Get-only lists are filled in place. Only they: populating a settable object would mutate its default instance.
            else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>)) p.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
        }
    }

    /// <summary>An item, entity, event, story or date. Documents go through <see cref="SerializeDocument"/>.</summary>
    public static string Serialize<T>(T value) => value is Document
        ? throw new ArgumentException("use StoreJson.SerializeDocument for documents")
        : JsonSerializer.Serialize(value, Options);

    /// <summary>As <see cref="Serialize{T}"/>, as UTF-8: what the stores write, without a UTF-16 string in between.</summary>
    public static byte[] SerializeToUtf8<T>(T value) => value is Document
        ? throw new ArgumentException("use StoreJson.SerializeDocumentToUtf8 for documents")
        : JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"null {typeof(T).Name} in stored JSON");

    /// <summary>A document with its metadata and every annotation. Without text when <paramref name="includeText"/> is false (the text is stored beside it).</summary>
    public static string SerializeDocument(Document doc, bool includeText = true) => JsonSerializer.Serialize(ToDto(doc, includeText), Options);

    /// <summary>As <see cref="SerializeDocument"/>, as UTF-8.</summary>
    public static byte[] SerializeDocumentToUtf8(Document doc, bool includeText = true) => JsonSerializer.SerializeToUtf8Bytes(ToDto(doc, includeText), Options);

    /// <summary>Reads a document written by <see cref="SerializeDocument"/>; <paramref name="text"/> supplies the text when it was stored apart.</summary>
    public static Document DeserializeDocument(string json, string? text = null)
    {
        var dto = Deserialize<DocumentDto>(json);
        var doc = new Document(text ?? dto.Text ?? throw new JsonException("stored document has no text"),
            dto.Meta ?? throw new JsonException("stored document has no metadata"));
        doc.Blocks.AddRange(dto.Blocks);
        doc.Removed.AddRange(dto.Removed);
        doc.Items.AddRange(dto.Items);
        doc.Sentences.AddRange(dto.Sentences);
        doc.Times.AddRange(dto.Times);
        doc.Entities.AddRange(dto.Entities);
        doc.Events.AddRange(dto.Events);
        doc.Warnings.AddRange(dto.Warnings);
        doc.AnalysedBy = dto.AnalysedBy;
        return doc;
    }

    private static DocumentDto ToDto(Document d, bool includeText) => new()
    {
        Id = d.Id,
        Text = includeText ? d.Text : null,
        Meta = d.Meta,
        Blocks = d.Blocks,
        Removed = d.Removed,
        Items = d.Items,
        Sentences = d.Sentences,
        Times = d.Times,
        Entities = d.Entities,
        Events = d.Events,
        Warnings = d.Warnings,
        AnalysedBy = d.AnalysedBy,
    };

    // Document takes its text in the constructor and exposes get-only lists; this is its stored shape.
    private sealed class DocumentDto
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public DocumentMeta? Meta { get; set; }
        public List<Block> Blocks { get; set; } = new();
        public List<RemovedSpan> Removed { get; set; } = new();
        public List<Item> Items { get; set; } = new();
        public List<Sentence> Sentences { get; set; } = new();
        public List<TimeMention> Times { get; set; } = new();
        public List<EntityMention> Entities { get; set; } = new();
        public List<EventMention> Events { get; set; } = new();
        public List<string> Warnings { get; set; } = new();
        public string? AnalysedBy { get; set; }
    }
}
