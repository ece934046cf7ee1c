using Rasd.Model;
using Rasd.Store;

namespace Rasd.Search;

/// <summary>
/// Full-text search over items and events, kept in step with the store: the ingestion service calls
/// <see cref="OnSaved"/> after each document's analysis is saved, and `rasd reindex` calls <see cref="Rebuild"/>.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Indexes the document's items and every event of the corpus that changed since the last call.</summary>
    void OnSaved(Document doc, Corpus corpus);

    /// <summary>Makes what was indexed durable and visible to searches.</summary>
    void Commit();

    /// <summary>Drops the index and indexes every analysed document and every event of the store again.</summary>
    RebuildSummary Rebuild(IStore store, Action<int>? progress = null);

    SearchPage Search(SearchQuery query);
}

public sealed record RebuildSummary(int Items, int Events, TimeSpan Elapsed);

/// <summary>What to look for: words in Arabic or Latin script (all must match); kind "item" or "event" filters.</summary>
public sealed record SearchQuery(string Text, int Page = 1, int Size = 20, string? Kind = null);

/// <summary>A piece of the original text with the ranges (relative to <see cref="Text"/>) that matched the query.</summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights, bool CutStart, bool CutEnd);

public readonly record struct Highlight(int Start, int End);

public sealed record SearchHit(
    string Kind, string Id, string? Title, string? Outlet, string? Date, string? Document, string? Story,
    float Score, Snippet Snippet, Snippet? TitleSnippet);

public sealed record SearchPage(string Query, int Page, int Size, int Total, IReadOnlyList<SearchHit> Hits);
