using System.Diagnostics;
using Npgsql;
using Rasd.Model;
using Rasd.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// Full-text search inside the PostgreSQL store, so that every server and worker shares one index: items carry a
/// <c>tsvector</c> generated with PostgreSQL's built-in <c>arabic</c> configuration (Snowball Arabic stemmer) over
/// their prepared search text (<see cref="SearchText"/>), with a GIN index; queries rank with <c>ts_rank</c> and
/// cut snippets with <c>ts_headline</c>, whose highlights are mapped back onto the original words. The index is
/// written in the same transaction as the items, so <see cref="OnSaved"/> and <see cref="Commit"/> have nothing
/// to do. Events are not in this index: kind "event" returns no hits (the Lucene index covers them).
/// </summary>
public sealed class PostgresSearchIndex(PostgresStore store) : ISearchIndex
{
    private const char Start = '\u0001', Stop = '\u0002';

    public void OnSaved(Document doc, Corpus corpus) { }
    public void Commit() { }

    /// <summary>Recomputes every item's search text (after a change of <see cref="SearchText"/> rules).</summary>
    public RebuildSummary Rebuild(IStore _, Action<int>? progress = null)
    {
        var sw = Stopwatch.StartNew();
        var n = 0;
        using var conn = store.Open();
        var items = PostgresStore.Objects<Item>(conn, "SELECT data::text FROM items ORDER BY ord");
        foreach (var chunk in items.Chunk(500))
        {
            using var cmd = new NpgsqlCommand("UPDATE items i SET search_text = u.t FROM unnest(@ids, @ts) AS u(id, t) WHERE i.id = u.id", conn);
            cmd.Parameters.AddWithValue("ids", chunk.Select(i => i.Id).ToArray());
            cmd.Parameters.AddWithValue("ts", chunk.Select(i => SearchText.Prepare(PostgresStore.SearchBody(i)).Replace('\0', ' ')).ToArray());
            cmd.ExecuteNonQuery();
            n += chunk.Length;
            progress?.Invoke(n);
        }
        return new RebuildSummary(n, 0, sw.Elapsed);
    }

    public SearchPage Search(SearchQuery query)
    {
        var size = Math.Clamp(query.Size, 1, 100);
        var page = Math.Max(1, query.Page);
        var prepared = SearchText.Prepare(query.Text ?? "").Trim();
        if (prepared.Length == 0 || query.Kind is { Length: > 0 } k && k != "item")
            return new SearchPage(query.Text ?? "", page, size, 0, []);
        using var conn = store.Open();
        using var cmd = new NpgsqlCommand($"""
            WITH q AS (SELECT plainto_tsquery('arabic', @q) AS q)
            SELECT i.data::text, d.outlet, d.published, ts_rank(i.tsv, q.q) AS rank,
                   ts_headline('arabic', i.search_text, q.q, 'StartSel={Start}, StopSel={Stop}, MaxWords=40, MinWords=15, MaxFragments=1, HighlightAll=false'),
                   count(*) OVER ()
            FROM items i JOIN documents d ON d.id = i.document_id, q
            WHERE i.tsv @@ q.q
            ORDER BY rank DESC, i.ord
            LIMIT @size OFFSET @off
            """, conn);
        cmd.Parameters.AddWithValue("q", prepared);
        cmd.Parameters.AddWithValue("size", size);
        cmd.Parameters.AddWithValue("off", (page - 1) * size);
        var hits = new List<SearchHit>();
        var total = 0;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var item = StoreJson.Deserialize<Item>(r.GetString(0));
            total = (int)r.GetInt64(5);
            hits.Add(new SearchHit("item", item.Id, item.Title, r.IsDBNull(1) ? null : r.GetString(1), item.Published?.Iso ?? (r.IsDBNull(2) ? null : r.GetString(2)),
                item.DocumentId, item.Story, r.GetFloat(3), Snippet(PostgresStore.SearchBody(item), r.GetString(4)), null));
        }
        return new SearchPage(query.Text ?? "", page, size, total, hits);
    }

    /// <summary>
    /// Maps a <c>ts_headline</c> fragment of the prepared text back onto the original: the fragment is found in the
    /// prepared text, and its extent and highlights are carried over through the preparation's offset map.
    /// </summary>
    internal static Snippet Snippet(string original, string headline)
    {
        var (prepared, map) = SearchText.PrepareWithMap(original);
        var plain = new System.Text.StringBuilder(headline.Length);
        var marks = new List<(int Start, int End)>();
        var open = -1;
        foreach (var c in headline)
        {
            if (c == Start) open = plain.Length;
            else if (c == Stop) { if (open >= 0) marks.Add((open, plain.Length)); open = -1; }
            else plain.Append(c);
        }
        var at = plain.Length == 0 ? -1 : prepared.IndexOf(plain.ToString(), StringComparison.Ordinal);
        if (at < 0 || map.Length == 0)
        {
            var cut = Math.Min(original.Length, 240);
            return new Snippet(original[..cut], [], false, cut < original.Length);
        }
        int From(int p) => map[Math.Min(p, map.Length - 1)];
        int To(int p) => p <= 0 ? map[0] : map[Math.Min(p, map.Length) - 1] + 1;
        var s = From(at);
        var e = To(at + plain.Length);
        // A word's stripped proclitic belongs to the highlight: start at the beginning of the original word.
        int WordStart(int o) { while (o > s && !char.IsWhiteSpace(original[o - 1]) && !char.IsPunctuation(original[o - 1])) o--; return o; }
        var highlights = marks.Select(m => new Highlight(WordStart(From(at + m.Start)) - s, To(at + m.End) - s)).Where(h => h.End > h.Start).ToList();
        return new Snippet(original[s..e], highlights, s > 0, e < original.Length);
    }

    public void Dispose() { }
}
