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
                Regex = match == PhraseMatch.Regex ? new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled) : null,
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
        DateStart = new Regex(
            $@"^[^\p{{L}}\p{{N}}]*(?:(?:في|يوم|on)\s+)?(?:(?:{dayAlt})\s*,?\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:من\s+)?(?:شهر\s+)?(?:{monthAlt})(?![\p{{L}}])|(?:{monthAlt})\s+\d{{1,2}}(?![0-9])|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?![0-9])|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?![0-9]))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The form lines and phrases are compared in: normalised, lower case, single spaces, trimmed.</summary>
    public static string MatchForm(ReadOnlySpan<char> s)
    {
        // One pass: normalise (expanding ligatures), lower-case, collapse spaces, trim.
        var buf = s.Length <= 512 ? stackalloc char[1024] : new char[s.Length * 2 + 16];
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            var m = ArabicNormalizer.Map(c);
            if (m == '\0') continue;
            if (char.IsWhiteSpace(m)) { space = n > 0; continue; }
            if (m != c && ArabicNormalizer.Expand(c) is { } exp)
            {
                if (n + exp.Length + 1 >= buf.Length) return MatchFormSlow(s);
                if (space) { buf[n++] = ' '; space = false; }
                foreach (var x in exp) buf[n++] = char.ToLowerInvariant(x);
                continue;
            }
            if (n + 2 >= buf.Length) return MatchFormSlow(s);
            if (space) { buf[n++] = ' '; space = false; }
            buf[n++] = m < 128 ? m : char.ToLowerInvariant(m);
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
