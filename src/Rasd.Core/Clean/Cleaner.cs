using System.Globalization;
using Rasd.Model;

namespace Rasd.Clean;

/// <summary>
/// Splits a document into lines and classifies each as headline, body or removed furniture (with its kind),
/// finds in-document duplicates and where a new item (post, appended story) starts, and extracts metadata
/// (outlet, byline, title, date evidence). Nothing in the original text is changed: the result is spans.
/// </summary>
public sealed partial class Cleaner
{
    /// <summary>Lines longer than this are prose: phrase rules are not tried on them.</summary>
    public const int MaxRuleChars = 700;
    /// <summary>Share of a paragraph's word pairs already seen earlier in the document for it to count as a near-duplicate.</summary>
    public const double NearDuplicateContainment = 0.85;
    private const int MinWordsForNearDuplicate = 8;
    /// <summary>An item with no prose line needs this many words to be news (a one-line flash) rather than leftovers.</summary>
    public const int MinItemWords = 5;

    private readonly CleanRules _rules;

    public Cleaner(CleanRules? rules = null) { _rules = rules ?? CleanRules.Default; }

    internal sealed class Line
    {
        public int Start, End;
        public string? Form;   // normalised match form (null for long lines)
        public string? Core;   // form without leading bullets/emoji and trailing punctuation
        public int Words;
        public bool EndsPeriod, EndsSentence, EndsColon, HasVerb, BodyLike, EmojiStart, DateStart, DateOnly, HasDigit, HasYearOrTime;
        public RemovedKind? Kind;
        public PhraseRule? Rule;
        public string? Reason;
        public bool Headline, ItemStart, AppendedAfterMarker;
        /// <summary>A list entry: "- text", "* text", "• text".</summary>
        public bool Bullet => Form is { Length: > 2 } f && f[0] is '-' or '*' or '•' or '▪' or '●' && f[1] == ' ';
        public bool HasTime => HasDigit && Form != null && TimeOfDay.IsMatch(Form);
        /// <summary>A chat export's message: the line opens with a date and a clock time ("12/02/2025, 19:31 - name: ...").</summary>
        public bool Stamped => DateStart && Form != null && ChatStamp.IsMatch(Form);
        public ulong Hash;
        public bool Kept => Kind == null;
    }

    /// <summary>Runs the cleaner over the document and fills Blocks, Removed and Meta.</summary>
    public void Clean(Document doc)
    {
        doc.Blocks.Clear();
        doc.Removed.Clear();
        var lines = SplitLines(doc.Text);
        foreach (var l in lines) Describe(doc.Text, l);
        foreach (var l in lines) Classify(doc.Text, l);
        DateSubheadings(lines);
        ReadAlsoAndHeaders(doc.Text, lines);
        Duplicates(doc.Text, lines);
        Segment(lines);
        EdgesAndHeadlines(lines);
        MergeEmptySegments(lines);
        Emit(doc, lines);
        ExtractMeta(doc, lines);
    }

    // ---------- lines ----------

    internal static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var start = i;
            var next = text.AsSpan(i).IndexOfAny(Breaks);
            i = next < 0 ? n : i + next;
            var end = i;
            if (i < n) { if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') i++; i++; }
            var s = start;
            var e = end;
            while (s < e && IsBlank(text[s])) s++;
            while (e > s && IsBlank(text[e - 1])) e--;
            if (e > s) lines.Add(new Line { Start = s, End = e });
        }
        return lines;
    }

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");
    private static bool IsBlank(char c) => (CharFlags[c] & Blank) != 0;
    private static bool IsBlankSlow(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u061C';

    // Per char: word char (letter, digit or diacritic), digit, blank; one lookup instead of Unicode category calls.
    private const byte WordChar = 1, Digit = 2, Blank = 4, LetterOrDigit = 8, Letter = 16;
    private static readonly byte[] CharFlags = BuildCharFlags();

    private static byte[] BuildCharFlags()
    {
        var t = new byte[65536];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            if (char.IsLetterOrDigit(c) || Language.ArabicNormalizer.IsDiacritic(c)) t[i] |= WordChar;
            if (char.IsDigit(c)) t[i] |= Digit;
            if (IsBlankSlow(c)) t[i] |= Blank;
            if (char.IsLetterOrDigit(c)) t[i] |= LetterOrDigit;
            if (char.IsLetter(c)) t[i] |= Letter;
        }
        return t;
    }

    private void Describe(string text, Line l)
    {
        var words = 0;
        var inWord = false;
        var any = 0;
        var flags = CharFlags;
        foreach (var c in text.AsSpan(l.Start, l.End - l.Start))
        {
            var f = flags[c];
            var w = (f & WordChar) != 0;
            if (w && !inWord) words++;
            any |= f;
            inWord = w || (inWord && (c == '_' || c == '\u200C'));
        }
        var hasDigit = (any & Digit) != 0;
        l.Words = words;
        l.HasDigit = hasDigit;
        // Ending: look past closing quotes and brackets.
        var k = l.End - 1;
        while (k > l.Start && text[k] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*' or '\u200F' or '\u200E') k--;
        var last = text[k];
        var prev = k > l.Start ? text[k - 1] : ' ';
        l.EndsPeriod = (last == '.' && prev != '.') || last == '۔';
        l.EndsColon = last is ':' or '：';
        l.EndsSentence = l.EndsPeriod || last is '!' or '?' or '؟' or '…' or ':' || (last == '.' && prev == '.');
        l.EmojiStart = TextScan.IsEmojiOrSymbol(text, l.Start);
        l.Hash = TextScan.LetterHash(text, l.Start, l.End);
        if (l.End - l.Start <= MaxRuleChars)
        {
            l.Form = CleanRules.MatchForm(text.AsSpan(l.Start, l.End - l.Start));
            l.Core = CoreOf(l.Form);
            l.HasVerb = HasVerb(l.Form);
            // Both patterns need a digit: the form's digits come from the line's (normalised), so most lines skip them.
            l.DateStart = hasDigit && _rules.StartsWithDate(l.Form);
            l.DateOnly = l.DateStart && l.Words <= 12 && !l.EndsColon && IsDateOnly(l.Form);
            l.HasYearOrTime = hasDigit && YearOrTime.IsMatch(l.Form);
        }
        var commas = 0;
        for (var i = l.Start; i < l.End && commas == 0; i++) if (text[i] is '،' or ',' or '؛' or ';') commas++;
        l.BodyLike = (l.Words >= 5 && l.EndsPeriod) || l.Words >= 25 || (l.Words >= 16 && commas > 0) || (l.Words >= 10 && l.HasVerb && l.EndsSentence);
    }

    private static bool IsLetterOrDigitFast(char c) => (CharFlags[c] & LetterOrDigit) != 0;
    private static bool IsLetterFast(char c) => (CharFlags[c] & Letter) != 0;

    private static string CoreOf(string form)
    {
        var s = 0;
        var e = form.Length;
        while (s < e && !IsLetterOrDigitFast(form[s]) && form[s] is not ('#' or '@' or '©' or '!' or '<' or '(' or '[')) s++;
        while (e > s && !IsLetterOrDigitFast(form[e - 1]) && form[e - 1] is not (')' or '*')) e--;
        return s == 0 && e == form.Length ? form : form[s..e];
    }

    private bool HasVerb(string form)
    {
        var verbs = _rules.Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = form.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !IsLetterFast(span[i])) i++;
            var start = i;
            while (i < span.Length && IsLetterFast(span[i])) i++;
            var w = span[start..i];
            if (w.Length < 2) continue;
            if (verbs.Contains(w)) return true;
            if (w.Length > 3 && (w[0] == 'و' || w[0] == 'ف') && verbs.Contains(w[1..])) return true;
        }
        return false;
    }

    /// <summary>The stamp opening a chat export's message: "12/02/2025, 19:31 - ", "[12/02/2025, 19:31:05] ".</summary>
    // Source-generated: no Reflection.Emit and no JIT of a compiled regex at the first document.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]?\s*[-–:]?\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChatStampRegex();
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9.])\d{1,2}:\d{2}(?![0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimeOfDayRegex();
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])(?:(?:19|20)\d{2}|\d{1,2}[:.]\d{2}(?![0-9.]))(?![0-9])|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearOrTimeRegex();
    private static readonly System.Text.RegularExpressions.Regex ChatStamp = ChatStampRegex();
    private static readonly System.Text.RegularExpressions.Regex TimeOfDay = TimeOfDayRegex();
    private static readonly System.Text.RegularExpressions.Regex YearOrTime = YearOrTimeRegex();

    private static readonly char[] TrimChars = ".,;:!?\"'()[]{}-–—/\\|*#@«»“”…".ToCharArray();

    private bool IsDateOnly(string form)
    {
        var month = false;
        var numericDate = false;
        foreach (var raw in form.Split(new[] { ' ', ',', '-', '|', '/', '(', ')', '،' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var t = raw.Trim(TrimChars);
            if (t.Length == 0) continue;
            if (char.IsDigit(t[0]))
            {
                if (t.Contains('.') || t.Contains(':') || t.Length == 4 || t.Length <= 2 || t.Contains('-')) { if (t.Count(char.IsDigit) >= 4) numericDate = true; continue; }
                var digits = t.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
                if (digits.All(char.IsDigit)) continue;
                return false;
            }
            if (_rules.MonthWords.Contains(t)) { month = true; continue; }
            if (_rules.Weekdays.Contains(t) || _rules.DateWords.Contains(t)) continue;
            if (!char.IsLetter(t[0])) continue;
            return false;
        }
        return month || numericDate;
    }

    // ---------- classification ----------

    private void Classify(string text, Line l)
    {
        if (l.Form == null || l.Core == null) return;
        var form = l.Form;
        var core = l.Core;
        if (core.Length == 0)
        {
            // Only symbols, emoji or punctuation: separators, rating stars, decorative lines.
            Set(l, RemovedKind.Boilerplate, "symbols only");
            return;
        }
        if (IsHashtagLine(form)) { Set(l, RemovedKind.Tags, "hashtags"); return; }
        if (form.Length > 2 && (form[0] is '[' or '*' or '-' or '•' or '+' or '<') && _rules.LinkLine.Match(text, l.Start, l.End - l.Start) is { Success: true } link)
        {
            // A line that is only a link: a menu entry when its words are menu words, else a link to another story.
            var words = CleanRules.MatchForm(link.Groups["text"].Value);
            var menu = words.Length == 0 || words.Split(' ').All(w => _rules.NavigationWords.Contains(w)) || _rules.NavigationWords.Contains(words);
            Set(l, menu ? RemovedKind.Navigation : RemovedKind.Related, "link line");
            return;
        }
        if (_rules.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(TrimEndPunct(core), out var ex) && l.Words <= ex.MaxWords) { Set(l, ex); return; }
        foreach (var r in _rules.Patterns)
        {
            if (l.Words > r.MaxWords) continue;
            if (r.Start != null && !r.Start.Allows(core)) continue;
            if (!r.Regex!.IsMatch(core)) continue;
            if (r.Dateline && !(l.HasDigit || ContainsMonth(form))) continue;
            Set(l, r);
            return;
        }
        foreach (var r in _rules.Prefix)
            if (l.Words <= r.MaxWords && core.StartsWith(r.Pattern, StringComparison.Ordinal)) { Set(l, r); return; }
        foreach (var r in _rules.Contains)
            if (l.Words <= r.MaxWords && form.Contains(r.Pattern, StringComparison.Ordinal)) { Set(l, r); return; }
        if (IsNavigation(form, l)) { Set(l, RemovedKind.Navigation, "menu words"); return; }
        if (l.DateOnly) { Set(l, RemovedKind.Metadata, "date line"); return; }
        if (IsSeparatedList(form, l)) { Set(l, RemovedKind.Navigation, "separated list"); return; }
    }

    private static ReadOnlySpan<char> TrimEndPunct(string core)
    {
        var e = core.Length;
        while (e > 0 && !IsLetterOrDigitFast(core[e - 1])) e--;
        return core.AsSpan(0, e);
    }

    private bool ContainsMonth(string form)
    {
        foreach (var w in form.Split(' ')) if (_rules.MonthWords.Contains(w.Trim(TrimChars))) return true;
        return false;
    }

    private static void Set(Line l, PhraseRule r)
    {
        l.Kind = r.Kind;
        l.Rule = r;
        l.Reason = r.Dateline ? "dateline" : r.Source ? "source" : r.Byline ? "byline" : r.ToString();
    }

    private static void Set(Line l, RemovedKind kind, string reason)
    {
        l.Kind = kind;
        l.Reason = reason;
    }

    /// <summary>A line of hashtags only ("#روسيا_سوريا", "#سوريا #روسيا").</summary>
    private static bool IsHashtagLine(string form)
    {
        if (!form.Contains('#')) return false;
        var tags = 0;
        foreach (var t in form.Split(new[] { ' ', ',', '|', '•', '·' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (t[0] == '#' && t.Length > 1) { tags++; continue; }
            if (t.All(c => !char.IsLetterOrDigit(c))) continue;
            return false;
        }
        return tags > 0;
    }

    /// <summary>
    /// A menu or breadcrumb: every word (or, for words glued together, every piece of the run) is a menu word,
    /// or a run of words repeats itself ("أخبار أخبار سوريا أخبار").
    /// </summary>
    private bool IsNavigation(string form, Line l)
    {
        if (l.Words > 20 || l.EndsPeriod) return false;
        var parts = form.Split(new[] { ' ', '|', '»', '«', '>', '<', '/', '\\', '•', '·', '›', '‹', '-', ',', '"', ':' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return false;
        // Glued menu words: one long run of letters that splits entirely into menu words.
        var glued = 0;
        var menu = 0;
        var i = 0;
        while (i < parts.Length)
        {
            // Longest multi-word menu entry first ("عربي ودولي", "الشرق الاوسط").
            if (i + 1 < parts.Length && _rules.NavigationWords.Contains(parts[i] + " " + parts[i + 1])) { menu += 2; i += 2; continue; }
            var p = parts[i];
            if (_rules.NavigationWords.Contains(p)) { menu++; i++; continue; }
            var pieces = SplitGlued(p);
            if (pieces >= 2) { glued += pieces; menu++; i++; continue; }
            break;
        }
        if (i == parts.Length && (glued >= 2 || (menu >= 2 && l.Words >= 2 && !l.HasVerb))) return true;
        // A spaced menu with the site's name among or after its words ("الرئيسية محلي دولي اقتصاد رياضة صوت الجبل الأخضر"):
        // it opens with menu words, and most of its words are menu words.
        if (i > 0 && !l.HasVerb && parts.Length <= 16)
        {
            int menuWords = 0, other = 0;
            for (var k = 0; k < parts.Length; k++)
            {
                if (k + 1 < parts.Length && _rules.NavigationWords.Contains(parts[k] + " " + parts[k + 1])) { menuWords += 2; k++; }
                else if (_rules.NavigationWords.Contains(parts[k])) menuWords++;
                else other++;
            }
            if (menuWords >= 4 && other <= 4 && other < menuWords) return true;
        }
        // Repeated words: a short list in which most words occur more than once.
        if (parts.Length >= 4 && !l.HasVerb)
        {
            var distinct = parts.Distinct(StringComparer.Ordinal).Count();
            if (distinct * 2 <= parts.Length) return true;
        }
        return false;
    }

    /// <summary>Number of menu words a glued run splits into exactly (0 when it does not).</summary>
    private int SplitGlued(string run)
    {
        if (run.Length < 6) return 0;
        // Dynamic programming over the run: best[i] = fewest pieces covering run[..i].
        var best = new int[run.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        var max = _rules.NavigationMaxLength;
        for (var i = 0; i < run.Length; i++)
        {
            if (best[i] == int.MaxValue) continue;
            for (var len = 2; len <= max && i + len <= run.Length; len++)
            {
                if (best[i] + 1 >= best[i + len]) continue;
                if (_rules.NavigationWords.Contains(run.Substring(i, len))) best[i + len] = best[i] + 1;
            }
        }
        var n = best[run.Length];
        return n == int.MaxValue || n < 2 ? 0 : n;
    }

    /// <summary>Three or more short pieces separated by » | › / • (a breadcrumb or a menu bar).</summary>
    private static bool IsSeparatedList(string form, Line l)
    {
        if (l.EndsPeriod || l.Words > 24 || form.AsSpan().IndexOfAny("|»›>•·«‹<") < 0) return false;
        var pieces = form.Split(new[] { '|', '»', '›', '>', '•', '·', '«', '‹', '<' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (pieces.Length < 3) return false;
        foreach (var p in pieces) if (p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4) return false;
        return true;
    }

    /// <summary>
    /// A line that is only a date is a date line (metadata) at the edges of a text, when it carries a year or a
    /// time, or when the document is a feed of dated posts; inside an article a bare "Monday 8 May" is a subheading.
    /// </summary>
    private static void DateSubheadings(List<Line> lines)
    {
        var firstContent = lines.FindIndex(l => l.Kept || l.Reason == "date line");
        var feed = firstContent >= 0 && lines[firstContent].Reason == "date line";
        var firstBody = lines.FindIndex(l => l.Kept && l.BodyLike);
        var lastBody = lines.FindLastIndex(l => l.Kept && l.BodyLike);
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Reason != "date line" || l.Rule != null) continue;
            l.Reason = "dateline";
            if (feed || l.HasYearOrTime || i < firstBody || i > lastBody) continue;
            l.Kind = null;
            l.Reason = null;
        }
    }

    // ---------- read-also markers and list headers ----------

    private void ReadAlsoAndHeaders(string text, List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var h = lines[i];
            if (h.Rule is not { } rule) continue;
            if (rule.Marker && IsAppendedStory(text, lines, i, rule.Match == PhraseMatch.Exact ? ContinuationOverlap : InlineLinkContinuationOverlap))
            {
                var j = i + 1;
                while (j < lines.Count && !lines[j].Kept) j++;
                if (j < lines.Count) { lines[j].ItemStart = true; lines[j].AppendedAfterMarker = true; }
                continue;
            }
            if (!rule.Header) continue;
            // Short list entries under a header (related headlines with their dates and pictures, tag words, share
            // buttons). Under a comments header that follows the article, readers' comments of any length.
            var commentsTail = rule.Kind == RemovedKind.Comments && lines.FindIndex(0, i, x => x.Kept && x.BodyLike) >= 0;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var l = lines[j];
                if (!l.Kept)
                {
                    if (l.Kind == rule.Kind || l.Kind == RemovedKind.Media || (l.Kind == RemovedKind.Metadata && l.Reason is "dateline" or "date line")) continue;
                    break;
                }
                if (!commentsTail && (l.BodyLike || l.Words > 20)) break;
                Set(l, rule.Kind, "under " + rule.Pattern);
            }
        }
    }

    /// <summary>
    /// After a "read also" line: a story of its own (a body follows, about something else) rather than a list
    /// of links or the rest of the same article.
    /// </summary>
    private static bool IsAppendedStory(string text, List<Line> lines, int marker, double continuation)
    {
        var bodyLines = 0;
        var words = 0;
        var end = lines.Count;
        // An appended story opens with its headline, then its body; several headlines (or entries of a link list)
        // before the first body line are a list of links, and the body after them is the same article going on.
        var headlinesFirst = 0;
        var listFirst = false;
        for (var j = marker + 1; j < lines.Count; j++)
        {
            var l = lines[j];
            if (!l.Kept)
            {
                if (l.Rule is { Marker: true }) { end = j; break; }
                if (bodyLines == 0 && l.Kind == RemovedKind.Related) listFirst = true;
                continue;
            }
            if (l.BodyLike) bodyLines++;
            // (a short label under the headline is its dateline or byline, no second headline: "بيروت - منبر الأرز")
            else if (bodyLines == 0 && !(headlinesFirst == 1 && IsLabel(l) && l.Words <= 4)) headlinesFirst++;
            words += l.Words;
        }
        if (listFirst || headlinesFirst >= 2) return false;
        // A wire brief of two short lines (a headline and one body sentence of twenty-odd words) is a story too.
        if (bodyLines < 1 || words < 25) return false;
        // Same article continuing after an inline link: most of its content words were already used before.
        var before = new HashSet<ulong>();
        for (var j = 0; j < marker; j++) if (lines[j].Kept) ContentWords(text, lines[j], before);
        if (before.Count < 20) return true;
        var after = new HashSet<ulong>();
        for (var j = marker + 1; j < end; j++) if (lines[j].Kept) ContentWords(text, lines[j], after);
        if (after.Count == 0) return false;
        var shared = after.Count(before.Contains);
        return shared < continuation * after.Count;
    }

    /// <summary>Share of the content words after a "read also" line that, when already used before it, marks the same article going on.</summary>
    public const double ContinuationOverlap = 0.5;
    /// <summary>
    /// The same for a "read also: title" line: such inline links usually sit inside an article that goes on after
    /// them, so the text after must be clearly about something else to be a story of its own.
    /// </summary>
    public const double InlineLinkContinuationOverlap = 0.25;

    private static void ContentWords(string text, Line l, HashSet<ulong> into)
    {
        if (l.End - l.Start > 200000) return;
        var sink = new ContentWordSink { Into = into };
        TextScan.ForEachWord(text, l.Start, l.End, ref sink);
    }

    private struct ContentWordSink : TextScan.IWordSink
    {
        public HashSet<ulong> Into;
        public readonly void Word(ulong hash, int length) { if (length >= 4) Into.Add(hash); }
    }

    // ---------- duplicates ----------

    private struct ShingleState : TextScan.IWordSink
    {
        public ulong W1;
        public int N;
        public List<ulong> Out;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Word(ulong hash, int length)
        {
            N++;
            if (N >= 2) Out.Add(TextScan.Combine(W1, hash));
            W1 = hash;
        }
    }

    [ThreadStatic] private static HashSet<ulong>? _seenHashes;
    [ThreadStatic] private static HashSet<ulong>? _seenShingles;
    [ThreadStatic] private static List<ulong>? _shingleBuffer;

    private static void Duplicates(string text, List<Line> lines)
    {
        // The thread's sets, cleared: each document would otherwise grow (and drop) its own.
        var seenHashes = _seenHashes ??= new HashSet<ulong>();
        var seenShingles = _seenShingles ??= new HashSet<ulong>();
        var buffer = _shingleBuffer ??= new List<ulong>();
        seenHashes.Clear();
        seenShingles.Clear();
        foreach (var l in lines)
        {
            if (!l.Kept) continue;
            if (!seenHashes.Add(l.Hash) && l.Hash != TextScan.Finish(14695981039346656037UL))
            {
                Set(l, RemovedKind.Duplicate, "repeats an earlier paragraph");
                continue;
            }
            if (l.Words < MinWordsForNearDuplicate && l.End - l.Start < 200000)
            {
                // Short lines still feed the shingle set so a longer repeat of them is found.
                Shingles(text, l, buffer);
                foreach (var s in buffer) seenShingles.Add(s);
                continue;
            }
            Shingles(text, l, buffer);
            var hits = 0;
            foreach (var s in buffer) if (seenShingles.Contains(s)) hits++;
            if (buffer.Count > 0 && hits >= NearDuplicateContainment * buffer.Count)
            {
                Set(l, RemovedKind.Duplicate, "nearly repeats earlier text");
                continue;
            }
            foreach (var s in buffer) seenShingles.Add(s);
        }
        // Clear costs the capacity: a set grown by a very long document is not kept.
        if (seenShingles.Count > MaxKeptSetSize) _seenShingles = null;
        if (seenHashes.Count > MaxKeptSetSize) _seenHashes = null;
    }

    private const int MaxKeptSetSize = 1 << 14;

    private static void Shingles(string text, Line l, List<ulong> into)
    {
        into.Clear();
        var st = new ShingleState { Out = into };
        TextScan.ForEachWord(text, l.Start, l.End, ref st);
        if (st.N == 1) into.Add(st.W1);
    }

    // ---------- items: posts and appended stories ----------

    private static void Segment(List<Line> lines)
    {
        // A feed of posts: the first thing in it is a date line (after a channel's header: its name, handle and
        // subscriber count, short lines without prose).
        var firstContent = lines.FindIndex(l => l.Kept || l.Kind == RemovedKind.Metadata);
        var feed = IsFeedStart(lines, firstContent);
        if (!feed)
        {
            // (only a header with a channel's mark, its handle or its subscriber count, or above several dated posts: a short
            // headline and a credit line above a web page's one date are no channel)
            var afterHeader = lines.FindIndex(l => (l.Kept || l.Kind == RemovedKind.Metadata) && !ChannelHeader(l));
            var marked = false;
            for (var i = 0; i < afterHeader && !marked; i++)
                marked = lines[i].Kind == RemovedKind.Promo || lines[i].Kind == RemovedKind.Metadata && ChannelHeader(lines[i]);
            var dated = 0;
            for (var i = afterHeader; i >= 0 && i < lines.Count && !marked; i++)
                if (IsFeedStart(lines, i) && ++dated >= 2) marked = true;
            if (marked && IsFeedStart(lines, afterHeader))
            {
                feed = true;
                for (var i = 0; i < afterHeader; i++)
                    if (lines[i].Kept) Set(lines[i], RemovedKind.Navigation, "channel header");
            }
        }
        var seenBody = false;
        var seenKept = false;
        var prevSeparator = true;
        var startSinceKept = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kept)
            {
                if (l.ItemStart) { seenBody = false; seenKept = false; startSinceKept = true; }
                var postStart = l.DateStart && (l.EmojiStart || prevSeparator);
                // each time-stamped message of a chat export is a post, however short
                var stamped = l.Stamped && seenKept && !startSinceKept;
                if (stamped || (seenBody && !startSinceKept && (postStart || prevSeparator && PreviousIsPostSeparator(lines, i))))
                {
                    l.ItemStart = true;
                    seenBody = false;
                }
                // In a feed of dated posts a post's text need not end with a full stop ("🔴 عاجل | ... بالصواريخ").
                if (l.BodyLike || feed && l.Words >= PostWords) seenBody = true;
                seenKept = true;
                prevSeparator = false;
                startSinceKept = false;
                continue;
            }
            if (l.Kind == RemovedKind.Duplicate) continue;
            // A date line or a channel's sign-off/hashtag line between posts.
            prevSeparator = l.Kind is RemovedKind.Tags || (l.Kind == RemovedKind.Metadata && l.Reason == "dateline") || (l.Kind == RemovedKind.Promo);
            if (l.Kind == RemovedKind.Metadata && l.Reason == "dateline" && l.Rule == null && (feed || l.HasTime) && seenBody && (NextKeptIsBody(lines, i) || feed && NextKeptWords(lines, i) >= PostWords))
            {
                l.ItemStart = true;
                seenBody = false;
                startSinceKept = true;
            }
        }
    }

    private static bool IsFeedStart(List<Line> lines, int i) =>
        i >= 0 && lines[i].Kind == RemovedKind.Metadata && lines[i].Reason == "dateline" && lines[i].Rule == null;

    private static bool ChannelHeader(Line l) =>
        l.Words <= ChannelHeaderWords && (l.Kept && !l.BodyLike && !l.DateStart || l.Kind == RemovedKind.Metadata && l.Rule is { Dateline: false, Source: false, Byline: false });

    /// <summary>Most words of a line of a channel's header above its first post.</summary>
    private const int ChannelHeaderWords = 4;

    /// <summary>A segment left with no kept line joins the one before it (or, for the first, the one after).</summary>
    private static void MergeEmptySegments(List<Line> lines)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < lines.Count; i++) if (lines[i].ItemStart) starts.Add(i);
        if (lines.Count > 0) lines[0].ItemStart = false;
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            var kept = false;
            for (var i = starts[s]; i < end && !kept; i++) kept = lines[i].Kept;
            if (kept) continue;
            if (s > 0) lines[starts[s]].ItemStart = false;
            else if (s + 1 < starts.Count) { lines[starts[1]].ItemStart = false; starts[1] = 0; }
        }
    }

    private static bool PreviousIsPostSeparator(List<Line> lines, int i)
    {
        // A hashtag line ends a post only when a body follows it (not the related list of a web page).
        for (var j = i - 1; j >= 0; j--)
        {
            var p = lines[j];
            if (p.Kind == RemovedKind.Duplicate) continue;
            if (p.Kind is RemovedKind.Tags && p.Rule == null) return lines[i].BodyLike || NextKeptIsBody(lines, i);
            return false;
        }
        return false;
    }

    /// <summary>Fewest words of a post's line in a feed of dated posts.</summary>
    private const int PostWords = 6;

    private static int NextKeptWords(List<Line> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++) if (lines[j].Kept) return lines[j].Words;
        return 0;
    }

    private static bool NextKeptIsBody(List<Line> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (!lines[j].Kept) continue;
            return lines[j].BodyLike || (j + 1 < lines.Count && lines[j + 1].Kept && lines[j + 1].BodyLike);
        }
        return false;
    }

    // ---------- headline and edges, per item ----------

    private void EdgesAndHeadlines(List<Line> lines)
    {
        var start = 0;
        while (start < lines.Count)
        {
            var end = start + 1;
            while (end < lines.Count && !lines[end].ItemStart && !(lines[end].Kind == RemovedKind.Metadata && lines[end].ItemStart)) end++;
            Edges(lines, start, end);
            start = end;
        }
    }

    private static bool IsLabel(Line l) => l.Words <= 5 && !l.HasVerb && !l.EndsPeriod && !l.EndsColon;

    private static void Edges(List<Line> lines, int start, int end)
    {
        int fb = -1, lb = -1;
        for (var i = start; i < end; i++)
        {
            if (!lines[i].Kept || !lines[i].BodyLike) continue;
            if (fb < 0) fb = i;
            lb = i;
        }
        if (fb < 0)
        {
            // No prose line: a short post or a page of furniture. Kept lines stay if they say enough.
            var words = 0;
            for (var i = start; i < end; i++) if (lines[i].Kept) words += lines[i].Words;
            if (words < MinItemWords)
            {
                for (var i = start; i < end; i++)
                    if (lines[i].Kept) Set(lines[i], i == start ? RemovedKind.Navigation : RemovedKind.Boilerplate, "short line without a body");
                return;
            }
            var first = -1;
            for (var i = start; i < end; i++) if (lines[i].Kept) { first = i; break; }
            if (first >= 0 && !lines[first].EndsPeriod && lines[first].Words <= 30)
            {
                var more = false;
                for (var i = first + 1; i < end; i++) if (lines[i].Kept) { more = true; break; }
                if (more) lines[first].Headline = true;
            }
            return;
        }
        // Before the first prose line: the headline (the fullest line), labels around it.
        // Reading order: the first line of three words or more, unless it is a short label and a fuller line follows
        // (a kicker above the headline); a subtitle under the headline stays body.
        var head = -1;
        var fullest = -1;
        for (var i = start; i < fb; i++)
        {
            var l = lines[i];
            if (!l.Kept || l.Words > 40 || l.Words < 2 || l.EndsColon) continue;
            if (fullest < 0 || l.Words > lines[fullest].Words) fullest = i;
            if (head < 0 && l.Words >= 3) head = i;
        }
        if (head < 0 || (lines[head].Words <= 4 && fullest > head && lines[fullest].Words >= 6)) head = fullest;
        if (head >= 0 && lines[head].Words < 3 && IsLabel(lines[head]))
        {
            // A lone one- or two-word line before the body is a section label unless nothing else could be the title.
            var others = false;
            for (var i = start; i < fb; i++) if (i != head && lines[i].Kept) others = true;
            if (others) head = -1;
        }
        for (var i = start; i < fb; i++)
        {
            var l = lines[i];
            if (!l.Kept) continue;
            if (i == head) { l.Headline = true; continue; }
            if (head < 0 || i < head)
            {
                if (IsLabel(l)) Set(l, RemovedKind.Navigation, "label before the headline");
            }
            else if (IsLabel(l) && l.Words <= 4 && !l.EndsColon && !l.HasDigit) Set(l, RemovedKind.Metadata, "label between headline and body");
        }
        // After the last prose line: labels are page furniture.
        for (var i = lb + 1; i < end; i++)
        {
            var l = lines[i];
            // A short line ending with ":" introduces content; one with figures is a list entry.
            if (l.Kept && IsLabel(l) && !l.HasDigit && !l.Bullet) Set(l, RemovedKind.Boilerplate, "label after the body");
        }
    }

    // ---------- output ----------

    private static void Emit(Document doc, List<Line> lines)
    {
        RemovedSpan? open = null;
        foreach (var l in lines)
        {
            var kind = l.Kept ? (l.Headline ? BlockKind.Headline : BlockKind.Body) : BlockKind.Removed;
            doc.Blocks.Add(new Block(new Span(l.Start, l.End), kind, l.Kind) { ItemStart = l.ItemStart });
            if (l.Kind is { } k)
            {
                // A run of lines of one kind is one removed span ("a run of paragraphs").
                if (open != null && open.Kind == k && !l.ItemStart)
                {
                    open = open with { Span = new Span(open.Span.Start, l.End) };
                    doc.Removed[^1] = open;
                }
                else
                {
                    open = new RemovedSpan(new Span(l.Start, l.End), k, l.Reason);
                    doc.Removed.Add(open);
                }
            }
            else open = null;
        }
    }

    /// <summary>
    /// The outlet a source line names: "الجزيرة + وكالات" and "الجزيرة ووكالات" name الجزيرة; a value naming
    /// only generic sources ("وكالات") or several outlets names none.
    /// </summary>
    private string? OutletOf(string value)
    {
        if (value.Length == 0 || value.Length > 60) return null;
        string? outlet = null;
        foreach (var raw in value.Split(OutletSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var part = raw;
            if (IsGeneric(part)) continue;
            // "الجزيرة ووكالات": a generic source joined by و.
            var sp = part.LastIndexOf(' ');
            if (sp > 0 && part.Length > sp + 2 && part[sp + 1] == 'و' && IsGeneric(part[(sp + 2)..])) part = part[..sp].TrimEnd();
            if (outlet != null) return null;
            outlet = part;
        }
        return outlet;
        bool IsGeneric(string s) => _rules.GenericSources.Contains(CleanRules.MatchForm(s));
    }

    private static readonly char[] OutletSeparators = { '+', '/', '|', '،', ',' };

    private void ExtractMeta(Document doc, List<Line> lines)
    {
        var meta = doc.Meta;
        var text = doc.Text;
        foreach (var l in lines)
        {
            if (l.Kind != RemovedKind.Metadata) continue;
            var value = ValueAfterLabel(text, l);
            if (l.Reason == "source")
            {
                if (meta.Outlet == null && OutletOf(value) is { } outlet) meta.Outlet = outlet;
            }
            else if (l.Reason == "byline")
            {
                if (meta.Byline == null && value.Length > 0) meta.Byline = value;
            }
            else if (l.Reason == "dateline")
            {
                var span = new Span(l.Start, l.End);
                var line = text.Substring(l.Start, l.End - l.Start);
                var iso = _rules.IsoDate.Match(l.Form ?? "");
                var date = iso.Success && TryDate(iso, out var dv, "dateline") ? dv : DateValue.Unknown("date line; parsed by the time stage", "dateline");
                AddEvidence(meta, new DateEvidence(date, "dateline", span, line));
            }
        }
        if (meta.Byline == null)
        {
            foreach (var l in lines)
                if (l.Kind == RemovedKind.Metadata && l.Reason == "label between headline and body" && l.Words <= 4)
                { meta.Byline = text.Substring(l.Start, l.End - l.Start); break; }
        }
        if (meta.Title == null)
        {
            foreach (var l in lines)
                if (l.Headline) { meta.Title = text.Substring(l.Start, l.End - l.Start); break; }
        }
        // Dates inside URLs: the document's own and every link or image in the text.
        if (meta.Url is { } url) AddUrlDates(meta, url, null, 0);
        foreach (var l in lines)
        {
            if (l.End - l.Start > 200000) continue;
            var seg = text.AsSpan(l.Start, l.End - l.Start);
            if (seg.IndexOf("://", StringComparison.Ordinal) < 0 && seg.IndexOf("www.", StringComparison.OrdinalIgnoreCase) < 0) continue;
            foreach (System.Text.RegularExpressions.Match m in _rules.Url.Matches(text, l.Start))
            {
                if (m.Index >= l.End) break;
                AddUrlDates(meta, m.Value, new Span(m.Index, Math.Min(m.Index + m.Length, l.End)), m.Index);
            }
        }
    }

    private void AddUrlDates(DocumentMeta meta, string url, Span? where, int offset)
    {
        var seen = new HashSet<string>();
        var found = new List<DateEvidence>();
        foreach (System.Text.RegularExpressions.Match m in _rules.UrlDate.Matches(url))
        {
            if (!TryDate(m, out var dv, "url")) continue;
            if (!seen.Add(dv.Iso!)) continue;
            var at = where is null ? (Span?)null : new Span(offset + m.Index, offset + m.Index + m.Length);
            found.Add(new DateEvidence(dv, "url", at, m.Value));
        }
        // The most precise first: "/2025/02/…-2025-02-12" says the day before it says the month.
        foreach (var e in found.OrderByDescending(e => e.Date.Precision)) AddEvidence(meta, e);
    }

    /// <summary>Adds evidence once: cleaning a document again, or a reader that already gave the same, adds nothing.</summary>
    private static void AddEvidence(DocumentMeta meta, DateEvidence e)
    {
        if (!meta.DateEvidence.Any(x => x.Basis == e.Basis && x.Where == e.Where && x.Text == e.Text)) meta.DateEvidence.Add(e);
    }

    private static bool TryDate(System.Text.RegularExpressions.Match m, out DateValue value, string basis)
    {
        value = DateValue.Unknown("no date");
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (y < 1990 || y > 2100 || mo < 1 || mo > 12) return false;
        if (m.Groups["d"].Success)
        {
            var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
            value = DateValue.OfDay(new DateOnly(y, mo, d), basis);
        }
        else value = DateValue.OfMonth(y, mo, basis);
        return true;
    }

    /// <summary>"المصدر: عنب بلدي" → "عنب بلدي"; "متابعة/ أحمد" → "أحمد"; "فريق التحرير" stays whole.</summary>
    private static string ValueAfterLabel(string text, Line l)
    {
        var s = l.Start;
        for (var i = l.Start; i < l.End; i++)
        {
            if (text[i] is ':' or '：' or '/' or '|' or '\\') { s = i + 1; break; }
        }
        if (s == l.Start)
        {
            // "بقلم أحمد" / "By John Smith": drop the first word when it is the label.
            var first = text.AsSpan(l.Start, l.End - l.Start).IndexOf(' ');
            var label = first > 0 ? CleanRules.MatchForm(text.AsSpan(l.Start, first)) : "";
            if (label is "بقلم" or "by" or "كتب" or "كتبت") s = l.Start + first + 1;
        }
        var e = l.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '-' or '–')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or '-' or '–' or ',' or '،')) e--;
        return text.Substring(s, e - s);
    }
}
