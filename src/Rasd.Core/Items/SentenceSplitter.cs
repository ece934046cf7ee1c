using Rasd.Clean;
using Rasd.Model;

namespace Rasd.Items;

/// <summary>
/// Splits a paragraph into sentences at Arabic and Latin sentence punctuation (. ! ? ؟ ۔ and a line's end),
/// without splitting decimals (3.5), abbreviations (د. / Dr. / U.S.), dotted ellipses inside a sentence,
/// or inside a short quotation that closes further on.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A run of text without sentence punctuation is cut near this length (at a comma or a space) so later stages get bounded sentences.</summary>
    public const int MaxSentenceChars = 1500;

    /// <summary>A quotation longer than this may hold sentences of its own.</summary>
    private const int MaxQuoteSpan = 400;

    public static List<Span> Split(string text, Span paragraph, CleanRules? rules = null)
    {
        rules ??= CleanRules.Default;
        var result = new List<Span>();
        var start = paragraph.Start;
        var end = paragraph.End;
        var quoteOpen = -1;
        for (var i = start; i < end; i++)
        {
            // Jump to the next quote or terminal: everything else only moves on.
            var next = text.AsSpan(i, end - i).IndexOfAny(Stops);
            if (next < 0) break;
            i += next;
            var c = text[i];
            if (c is '«' or '“') { quoteOpen = i; continue; }
            if (c is '»' or '”') { quoteOpen = -1; continue; }
            if (c == '"') { quoteOpen = quoteOpen >= 0 ? -1 : i; continue; }
            if (!IsTerminal(c)) continue;
            // A run of terminals ("?!", "...") ends together.
            var j = i + 1;
            while (j < end && (IsTerminal(text[j]) || text[j] == '.')) j++;
            if (c == '.' && j - i == 2) { i = j - 1; continue; } // ".." is a pause in Arabic headlines and prose
            if (c == '.' && j - i == 1)
            {
                if (i + 1 < end && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1])) continue; // 3.5
                if (IsAbbreviation(text, start, i, rules)) continue;
            }
            // Closing quotes and brackets stay with the sentence they end.
            while (j < end && text[j] is '"' or '\'' or '”' or '’' or '»' or ')' or ']') { if (text[j] is '»' or '”' or '"') quoteOpen = -1; j++; }
            if (j < end && !char.IsWhiteSpace(text[j])) continue; // "U.S.A", "www.site.com", "1.2.3"
            if (quoteOpen >= 0 && QuoteClosesSoon(text, j, end, quoteOpen)) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            if (char.IsLower(text[k])) continue; // Latin sentence go on after "approx. five"
            Add(result, text, start, j);
            start = k;
            quoteOpen = -1;
            i = k - 1;
        }
        Add(result, text, start, end);
        return result;
    }

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("«“»”\".!?؟۔…");

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '؟' or '۔' or '…';

    private static bool QuoteClosesSoon(string text, int from, int end, int open)
    {
        var limit = Math.Min(end, open + MaxQuoteSpan);
        for (var i = from; i < limit; i++) if (text[i] is '»' or '”' or '"') return true;
        return false;
    }

    private static bool IsAbbreviation(string text, int start, int dot, CleanRules rules)
    {
        var b = dot;
        while (b > start && (char.IsLetter(text[b - 1]) || text[b - 1] == '.')) b--;
        if (b == dot) return false;
        var word = CleanRules.MatchForm(text.AsSpan(b, dot - b));
        if (rules.Abbreviations.Contains(word)) return true;
        // Initials: "J. Smith", "أ. محمد" — a single letter before the dot.
        return dot - b == 1 && char.IsUpper(text[b]);
    }

    private static void Add(List<Span> result, string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        while (e - s > MaxSentenceChars)
        {
            // Cut after the last comma (else space) in the window; a run with neither is cut at the limit.
            var limit = s + MaxSentenceChars;
            var cut = -1;
            for (var i = limit - 1; i > s + MaxSentenceChars / 2 && cut < 0; i--) if (text[i] is '،' or ',' or '؛' or ';') cut = i + 1;
            for (var i = limit - 1; i > s + MaxSentenceChars / 2 && cut < 0; i--) if (char.IsWhiteSpace(text[i])) cut = i;
            if (cut < 0) cut = char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
            var ce = cut;
            while (ce > s && char.IsWhiteSpace(text[ce - 1])) ce--;
            if (ce > s) result.Add(new Span(s, ce));
            s = cut;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
        }
        if (e > s) result.Add(new Span(s, e));
    }
}
