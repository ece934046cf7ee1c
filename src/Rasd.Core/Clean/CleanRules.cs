using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Rasd.Data;
using Rasd.Language;
using Rasd.Model;

namespace Rasd.Clean;

/// <summary>How a phrase rule matches a line's normalised form.</summary>
public enum PhraseMatch { Exact, Prefix, Contains, Regex }

/// <summary>One line of Data/clean/phrases.tsv.</summary>
public sealed class PhraseRule
{
    public required RemovedKind Kind { get; init; }
    public required PhraseMatch Match { get; init; }
    public required string Pattern { get; init; }
    public Regex? Regex { get; init; }
    /// <summary>The chars a match can open with (null: any), so most lines skip the regex.</summary>
    public RegexStart? Start { get; init; }
    public int MaxWords { get; init; } = CleanRules.DefaultMaxWords;
    /// <summary>Short lines after this one continue the same kind (a "related" list under its header).</summary>
    public bool Header { get; init; }
    /// <summary>A "read also" marker: a story appended after it becomes its own item.</summary>
    public bool Marker { get; init; }
    public bool Source { get; init; }
    public bool Byline { get; init; }
    public bool Dateline { get; init; }
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Match.ToString().ToLowerInvariant()}:{Pattern}";
}

/// <summary>
/// The cleaner's language knowledge, read once from Data/clean/*.tsv: furniture phrases and patterns,
/// month and weekday names, menu words, frequent verbs and abbreviations. Everything is normalised with
/// <see cref="ArabicNormalizer"/> so one spelling covers hamza, alef and ta marbuta variants.
/// </summary>
public sealed class CleanRules
{
    public const int DefaultMaxWords = 45;
    private static readonly Lazy<CleanRules> Lazy = new(() => new CleanRules(), LazyThreadSafetyMode.ExecutionAndPublication);
    public static CleanRules Default => Lazy.Value;

    public Dictionary<string, PhraseRule> Exact { get; } = new(StringComparer.Ordinal);
    public List<PhraseRule> Prefix { get; } = new();
    public List<PhraseRule> Contains { get; } = new();
    public List<PhraseRule> Patterns { get; } = new();
    public HashSet<string> NavigationWords { get; } = new(StringComparer.Ordinal);
    public int NavigationMaxLength { get; }
    public HashSet<string> Verbs { get; } = new(StringComparer.Ordinal);
    /// <summary>Source-line values that name no outlet ("وكالات").</summary>
    public HashSet<string> GenericSources { get; } = new(StringComparer.Ordinal);
    /// <summary>A line that is only a link, in markdown ("* [text](url)") or HTML.</summary>
    public System.Text.RegularExpressions.Regex LinkLine { get; } = new(@"^\s*(?:[*\-•+]\s*)?\[(?<text>[^\]]*)\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)\s*$|^\s*<a\b[^>]*>(?<text>[^<]*)</a>\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    public HashSet<string> Abbreviations { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DateWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> MonthWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Weekdays { get; } = new(StringComparer.Ordinal);
    /// <summary>A line that starts with a date, after optional emoji: "🗓 في 28 يناير، ...", "12.02.2025 ...".</summary>
    public Regex DateStart { get; }
    /// <summary>First letters of the words <see cref="DateStart"/> can open with after leading symbols (else it opens with a digit).</summary>
    private readonly HashSet<char> _dateStartLetters = new();
    private readonly bool _dateStartAny;
    /// <summary>Numeric dates inside URLs: /2025/02/12/, /2025/02/, 2025-02-12, 20250212 between separators.</summary>
    public Regex UrlDate { get; } = new(@"(?<![0-9])(?<y>(?:19|20)\d{2})(?<s>[/_-])(?<m>0?[1-9]|1[0-2])(?:\k<s>(?<d>0?[1-9]|[12]\d|3[01]))?(?![0-9])|(?<![0-9])(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?=[/_.T-])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    /// <summary>ISO-like dates in a date line: 2025-02-12, 2025/02/12.</summary>
    public Regex IsoDate { get; } = new(@"(?<![0-9])(?<y>(?:19|20)\d{2})[-/.](?<m>0?[1-9]|1[0-2])[-/.](?<d>0?[1-9]|[12]\d|3[01])(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    public Regex Url { get; } = new(@"(?:https?://|www\.)[^\s<>()\[\]""']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private CleanRules()
    {
        foreach (var f in DataFiles.ReadTsv("clean/phrases.tsv"))
        {
            if (f.Length < 3) continue;
            var kind = Enum.Parse<RemovedKind>(f[0].Trim(), ignoreCase: true);
            var match = Enum.Parse<PhraseMatch>(f[1].Trim(), ignoreCase: true);
            var flags = f.Length > 3 ? f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
            var maxWords = DefaultMaxWords;
            foreach (var fl in flags)
                if (fl.StartsWith("maxwords=", StringComparison.Ordinal)) maxWords = int.Parse(fl[9..], System.Globalization.CultureInfo.InvariantCulture);
            var pattern = match == PhraseMatch.Regex ? NormalizeArabicOnly(f[2]) : MatchForm(f[2]);
            var rule = new PhraseRule
            {
                Kind = kind, Match = match, Pattern = pattern, MaxWords = maxWords,
                // Interpreted: after the start-char test few lines reach a rule's regex, and compiling 51 of them
                // cost about 0.27 s of JIT at the first document of every run.
                Regex = match == PhraseMatch.Regex ? new Regex(pattern, RegexOptions.CultureInvariant) : null,
                Start = match == PhraseMatch.Regex ? RegexStart.Of(pattern) : null,
                Header = flags.Contains("header"), Marker = flags.Contains("marker"),
                Source = flags.Contains("source"), Byline = flags.Contains("byline"), Dateline = flags.Contains("dateline"),
            };
            switch (match)
            {
                case PhraseMatch.Exact: Exact.TryAdd(pattern, rule); break;
                case PhraseMatch.Prefix: Prefix.Add(rule); break;
                case PhraseMatch.Contains: Contains.Add(rule); break;
                default: Patterns.Add(rule); break;
            }
        }
        foreach (var f in DataFiles.ReadTsv("clean/navigation.tsv")) NavigationWords.Add(MatchForm(f[0]));
        NavigationMaxLength = NavigationWords.Max(w => w.Length);
        foreach (var f in DataFiles.ReadTsv("clean/verbs.tsv")) Verbs.Add(MatchForm(f[0]));
        foreach (var f in DataFiles.ReadTsv("clean/generic_sources.tsv")) GenericSources.Add(MatchForm(f[0]));
        foreach (var f in DataFiles.ReadTsv("clean/abbreviations.tsv")) Abbreviations.Add(MatchForm(f[0]));
        var months = new List<string>();
        foreach (var f in DataFiles.ReadTsv("clean/dates.tsv"))
        {
            if (f.Length < 2) continue;
            var w = MatchForm(f[1]);
            switch (f[0])
            {
                case "month": months.Add(w); foreach (var p in w.Split(' ')) MonthWords.Add(p); break;
                case "weekday": Weekdays.Add(w); break;
                case "dateword": DateWords.Add(w); break;
            }
        }
        var monthAlt = string.Join("|", months.Distinct().OrderByDescending(m => m.Length).Select(Regex.Escape));
        var dayAlt = string.Join("|", Weekdays.OrderByDescending(m => m.Length).Select(Regex.Escape));
        foreach (var w in months.Concat(Weekdays).Append("في").Append("يوم").Append("on"))
        {
            if (w.Length == 0) continue;
            if (!char.IsLetter(w[0])) _dateStartAny = true; // the leading skip could give it back: no shortcut
            _dateStartLetters.Add(w[0]);
        }
        DateStart = new Regex(
            $@"^[^\p{{L}}\p{{N}}]*(?:(?:في|يوم|on)\s+)?(?:(?:{dayAlt})\s*,?\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:من\s+)?(?:شهر\s+)?(?:{monthAlt})(?![\p{{L}}])|(?:{monthAlt})\s+\d{{1,2}}(?![0-9])|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?![0-9])|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?![0-9]))",
            RegexOptions.CultureInvariant);
    }

    // Per char, what MatchForm writes: '\0' dropped, ' ' a space, else the normalised lower-cased char;
    // FormLigature marks the chars that expand to several. One lookup instead of Map, IsWhiteSpace and ToLowerInvariant.
    private static readonly char[] FormChars = BuildFormChars(out FormLigature);
    private static readonly bool[] FormLigature;

    private static char[] BuildFormChars(out bool[] ligature)
    {
        var t = new char[65536];
        ligature = new bool[65536];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            var m = ArabicNormalizer.Map(c);
            if (m == '\0') continue;
            if (char.IsWhiteSpace(m)) { t[i] = ' '; continue; }
            ligature[i] = m != c && ArabicNormalizer.Expand(c) != null;
            t[i] = m < 128 ? m : char.ToLowerInvariant(m);
        }
        return t;
    }

    /// <summary>
    /// Whether a form starts with a date (<see cref="DateStart"/>); the regex runs only when the first letter or
    /// digit after leading symbols is a digit or can open a weekday, month or "في".
    /// </summary>
    public bool StartsWithDate(string form)
    {
        var i = 0;
        while (i < form.Length && !char.IsLetter(form[i]) && !char.IsNumber(form[i])) i++;
        if (_dateStartAny) return DateStart.IsMatch(form);
        if (i == form.Length || !(char.IsDigit(form[i]) || _dateStartLetters.Contains(form[i]))) return false;
        return DateStart.IsMatch(form);
    }

    /// <summary>The form lines and phrases are compared in: normalised, lower case, single spaces, trimmed.</summary>
    public static string MatchForm(ReadOnlySpan<char> s)
    {
        // One pass: normalise (expanding ligatures), lower-case, collapse spaces, trim.
        var buf = s.Length <= 512 ? stackalloc char[1024] : new char[s.Length * 2 + 16];
        var table = FormChars;
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            var m = table[c];
            if (m == '\0') continue;
            if (m == ' ') { space = n > 0; continue; }
            if (FormLigature[c])
            {
                var exp = ArabicNormalizer.Expand(c)!;
                if (n + exp.Length + 1 >= buf.Length) return MatchFormSlow(s);
                if (space) { buf[n++] = ' '; space = false; }
                foreach (var x in exp) buf[n++] = char.ToLowerInvariant(x);
                continue;
            }
            if (n + 2 >= buf.Length) return MatchFormSlow(s);
            if (space) { buf[n++] = ' '; space = false; }
            buf[n++] = m;
        }
        return new string(buf[..n]);
    }

    private static string MatchFormSlow(ReadOnlySpan<char> s)
    {
        var n = ArabicNormalizer.Normalize(s);
        var sb = new StringBuilder(n.Length);
        var space = false;
        foreach (var c in n)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Normalises the Arabic letters of a regex pattern, leaving its syntax (\D, \S...) alone.</summary>
    private static string NormalizeArabicOnly(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        foreach (var c in pattern)
        {
            if (c >= '\u0600' && c <= '\u06FF')
            {
                var m = ArabicNormalizer.Map(c);
                if (m != '\0') sb.Append(m);
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>
/// The chars a regex's match can open with, read conservatively from its text: literals, escaped literals, \d,
/// (?:a|b) alternations and optional atoms. Anything else (classes, ., \w...) gives no set: the regex always runs.
/// Anchored at ^, the line's first char must be one of them; unanchored, the line must hold one.
/// </summary>
public sealed class RegexStart
{
    private readonly HashSet<char> _chars;
    private readonly SearchValues<char>? _anywhere;
    private readonly bool _digit;
    private RegexStart(HashSet<char> chars, bool digit, bool anchored)
    {
        _chars = chars;
        _digit = digit;
        if (!anchored) _anywhere = SearchValues.Create(chars.ToArray());
    }

    /// <summary>False when the regex cannot match <paramref name="s"/>: for an anchored pattern its first char, else any char of it, cannot open a match.</summary>
    public bool Allows(string s) => _anywhere != null ? s.AsSpan().ContainsAny(_anywhere) : s.Length > 0 && CanStartWith(s[0]);

    /// <summary>False when no match can start with <paramref name="c"/>.</summary>
    public bool CanStartWith(char c) => _chars.Contains(c) || (_digit && char.IsDigit(c));

    public static RegexStart? Of(string pattern)
    {
        var anchored = pattern.Length > 0 && pattern[0] == '^';
        var chars = new HashSet<char>();
        var digit = false;
        var i = anchored ? 1 : 0;
        if (i >= pattern.Length || First(pattern, ref i, chars, ref digit) != Kind.Set) return null;
        // a '|' at the top level: another alternative, with its own start
        if (i < pattern.Length) return null;
        // unanchored, a digit start would need a scan for any digit: not worth it
        if (!anchored && digit) return null;
        return new RegexStart(chars, digit, anchored);
    }

    private enum Kind { Set, Empty, Unknown }

    // First chars of the sequence from i up to the end of its alternative ('|' or ')' at this level, or the end).
    private static Kind First(string p, ref int i, HashSet<char> chars, ref bool digit)
    {
        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            var atom = Atom(p, ref i, chars, ref digit);
            if (atom == Kind.Unknown) return Kind.Unknown;
            var optional = false;
            if (i < p.Length && p[i] is '?' or '*') { optional = true; i++; }
            else if (i < p.Length && p[i] == '{') return Kind.Unknown;
            else if (i < p.Length && p[i] == '+') i++;
            if (i < p.Length && p[i] == '?') i++; // lazy quantifier
            if (atom == Kind.Set && !optional) { SkipAlternative(p, ref i); return Kind.Set; }
        }
        return Kind.Empty;
    }

    // One atom: adds its first chars; Empty for a zero-width atom.
    private static Kind Atom(string p, ref int i, HashSet<char> chars, ref bool digit)
    {
        var c = p[i];
        switch (c)
        {
            case '\\':
                if (i + 1 >= p.Length) return Kind.Unknown;
                var e = p[i + 1];
                i += 2;
                if (e == 'd') { digit = true; return Kind.Set; }
                if (e is 'b' or 'B') return Kind.Empty;
                if (char.IsLetterOrDigit(e)) return Kind.Unknown;
                chars.Add(e);
                return Kind.Set;
            case '(':
                if (i + 2 >= p.Length || p[i + 1] != '?' || p[i + 2] != ':') return Kind.Unknown;
                i += 3;
                var any = Kind.Set;
                while (true)
                {
                    var k = First(p, ref i, chars, ref digit);
                    if (k != Kind.Set) any = Kind.Unknown;
                    if (i >= p.Length) return Kind.Unknown;
                    if (p[i] == ')') { i++; return any; }
                    i++; // '|'
                }
            case '[': case '.': case '$': case '^': case '*': case '+': case '?': case '{': case '}': case ']':
                return Kind.Unknown;
            default:
                chars.Add(c);
                i++;
                return Kind.Set;
        }
    }

    // Moves to the '|' or ')' that ends the current alternative, over nested groups, classes and escapes.
    private static void SkipAlternative(string p, ref int i)
    {
        var depth = 0;
        var inClass = false;
        for (; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') { if (depth == 0) return; depth--; }
            else if (c == '|' && depth == 0) return;
        }
    }
}
