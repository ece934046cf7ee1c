using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rasd.Search;

/// <summary>
/// Finds where analysed query terms occur in an original text: the text is run through the same analyser, and
/// every token whose analysed form is a query term is reported with the token's offsets in the original text
/// (so "والعقوبات" is highlighted whole when the query was "العقوبات"). No markup is produced: the caller escapes.
/// </summary>
public static class QueryHighlighter
{
    /// <summary>The analysed forms of the query's words (stop words drop out).</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var ts = analyzer.GetTokenStream(field, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            var t = term.ToString();
            if (!terms.Contains(t)) terms.Add(t);
        }
        ts.End();
        return terms;
    }

    /// <summary>Ranges [start,end) of the original text whose tokens analyse to one of the terms, in order.</summary>
    public static List<Highlight> Find(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var found = new List<Highlight>();
        if (terms.Count == 0 || text.Length == 0) return found;
        using var ts = analyzer.GetTokenStream(field, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            if (!terms.Contains(term.ToString())) continue;
            int s = offset.StartOffset, e = Math.Min(offset.EndOffset, text.Length);
            if (s < 0 || e <= s) continue;
            if (found.Count > 0 && found[^1].End >= s) found[^1] = new Highlight(found[^1].Start, Math.Max(e, found[^1].End));
            else found.Add(new Highlight(s, e));
        }
        ts.End();
        return found;
    }

    /// <summary>
    /// A window of about <paramref name="maxChars"/> characters around the densest group of matches, cut at
    /// whitespace, with highlight offsets relative to the window.
    /// </summary>
    public static Snippet Snippet(string text, IReadOnlyList<Highlight> hits, int maxChars = 240)
    {
        if (text.Length <= maxChars)
            return new Snippet(text, hits.ToList(), false, false);
        int bestStart = 0, bestCount = 0;
        for (int i = 0; i < hits.Count; i++)
        {
            var count = 0;
            for (int j = i; j < hits.Count && hits[j].End - hits[i].Start <= maxChars; j++) count++;
            if (count > bestCount) { bestCount = count; bestStart = hits[i].Start; }
        }
        // Some context before the first match of the group.
        var start = hits.Count == 0 ? 0 : Math.Max(0, bestStart - maxChars / 4);
        var end = Math.Min(text.Length, start + maxChars);
        if (end == text.Length) start = Math.Max(0, end - maxChars);
        if (start > 0)
        {
            var ws = text.IndexOfAny(WhiteSpace, start);
            if (ws >= 0 && ws < start + 30 && (hits.Count == 0 || ws < bestStart)) start = ws + 1;
        }
        if (end < text.Length)
        {
            var ws = text.LastIndexOfAny(WhiteSpace, end - 1, Math.Min(30, end - start));
            if (ws > start) end = ws;
        }
        var rel = hits.Where(h => h.Start >= start && h.End <= end).Select(h => new Highlight(h.Start - start, h.End - start)).ToList();
        return new Snippet(text[start..end], rel, start > 0, end < text.Length);
    }

    private static readonly char[] WhiteSpace = { ' ', '\n', '\t', '\r', '\u00A0' };
}
