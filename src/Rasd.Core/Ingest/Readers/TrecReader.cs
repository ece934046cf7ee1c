using System.Globalization;
using System.Text;
using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>
/// TREC/CLEF-style news files: one or more &lt;DOC&gt; with DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR, ABSTRACT, TEXT.
/// Such files are rarely well-formed XML (raw '&amp;' in URLs, missing closing tags), so they are scanned by tag
/// names, not parsed; only the predefined and numeric character entities are decoded, nothing else is resolved.
/// </summary>
public sealed class TrecReader : IScoredReader
{
    private readonly bool _includeTime;

    public TrecReader() : this(includeTime: true) { }

    /// <param name="includeTime">False ignores TIME, so the publication date must be inferred from the text.</param>
    public TrecReader(bool includeTime) => _includeTime = includeTime;

    public string Format => "trec";
    public IReadOnlyList<string> Extensions { get; } = [".trec", ".xml", ".sgml", ".txt"];

    public bool CanRead(string content, string source) => Score(content, source) != Confidence.No;

    public Confidence Score(string content, string source)
    {
        var i = Sniff.Start(content);
        if (string.Compare(content, i, "<DOC>", 0, 5, StringComparison.OrdinalIgnoreCase) != 0)
        {
            // After an XML declaration, comments or a DOCTYPE (never processed: the file is scanned, not parsed).
            if (!string.Equals(Sniff.RootElement(content, out _), "DOC", StringComparison.OrdinalIgnoreCase)) return Confidence.No;
            i = IndexOfTag(content, "<DOC>", i, content.Length);
            if (i < 0) return Confidence.No;
        }
        var head = content.AsSpan(i, Math.Min(4096, content.Length - i));
        return head.Contains("<DOCNO>", StringComparison.OrdinalIgnoreCase) || head.Contains("<TEXT>", StringComparison.OrdinalIgnoreCase)
            ? Confidence.Strong : Confidence.Weak;
    }

    public IEnumerable<Document> Read(string content, string source) =>
        ReadEntries(content, source, InputOptions.Default).Where(r => r.IsOk).Select(r => r.Document!);

    /// <summary>Reads TREC content; <paramref name="includeTime"/> false leaves the publication date to be inferred.</summary>
    public static IEnumerable<Document> Read(string content, string source, bool includeTime) =>
        new TrecReader(includeTime).Read(content, source);

    public IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options)
    {
        var includeTime = _includeTime && options.IncludeTrecTime;
        var docs = Split(content);
        if (docs.Count == 0) throw new InputException("no <DOC> element found");
        var results = new List<ReadResult>(docs.Count);
        for (var n = 0; n < docs.Count; n++)
        {
            var (start, end) = docs[n];
            var src = docs.Count == 1 ? source : $"{source}#{n + 1}";
            results.Add(ReadDoc(content, start, end, src, includeTime));
        }
        return results;
    }

    private static List<(int Start, int End)> Split(string s)
    {
        var list = new List<(int, int)>();
        var i = IndexOfTag(s, "<DOC>", 0, s.Length);
        while (i >= 0)
        {
            var bodyStart = i + 5;
            var next = IndexOfTag(s, "<DOC>", bodyStart, s.Length);
            var limit = next < 0 ? s.Length : next;
            var close = IndexOfTag(s, "</DOC>", bodyStart, limit);
            list.Add((bodyStart, close < 0 ? limit : close));
            i = next;
        }
        return list;
    }

    private static ReadResult ReadDoc(string s, int start, int end, string source, bool includeTime)
    {
        var docno = Field(s, "DOCNO", start, end);
        var text = Field(s, "TEXT", start, end);
        var meta = new DocumentMeta { Source = source, Format = "trec" };
        var warnings = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            var summary = Field(s, "ABSTRACT", start, end);
            if (string.IsNullOrEmpty(summary))
                return ReadResult.Rejected(source, $"DOC {docno ?? "(no DOCNO)"} has no text (TEXT and ABSTRACT are empty or missing)");
            text = summary;
            warnings.Add("TEXT is empty: the ABSTRACT is used as the text");
        }
        meta.Url = Field(s, "URL", start, end) is { Length: > 0 } url ? url : null;
        meta.Outlet = Field(s, "SRC", start, end) is { Length: > 0 } src ? src : null;
        meta.Title = Field(s, "TITLE", start, end) is { Length: > 0 } title ? title : null;
        meta.Byline = Field(s, "AUTHOR", start, end) is { Length: > 0 } author ? author : null;
        if (includeTime && Field(s, "TIME", start, end) is { Length: > 0 } time)
            if (!MetaDates.Apply(meta, time, "metadata")) warnings.Add($"TIME '{time}' is not a date this reader understands");
        var doc = new Document(text, meta);
        doc.Warnings.AddRange(warnings);
        return ReadResult.Ok(doc);
    }

    /// <summary>Content of &lt;NAME&gt;...&lt;/NAME&gt; inside [start,end), trimmed and entity-decoded; null when absent.</summary>
    private static string? Field(string s, string name, int start, int end)
    {
        var open = IndexOfTag(s, "<" + name + ">", start, end);
        if (open < 0) return null;
        var from = open + name.Length + 2;
        var close = IndexOfTag(s, "</" + name + ">", from, end);
        if (close < 0)
        {
            // Unclosed: the field runs to the next tag of the document.
            close = NextTag(s, from, end);
        }
        return DecodeEntities(s.AsSpan(from, close - from).Trim());
    }

    private static int NextTag(string s, int from, int end)
    {
        for (var i = s.IndexOf('<', from); i >= 0 && i < end; i = s.IndexOf('<', i + 1))
        {
            var j = i + 1;
            if (j < end && s[j] == '/') j++;
            var k = j;
            while (k < end && char.IsAsciiLetterUpper(s[k])) k++;
            if (k > j && k < end && s[k] == '>') return i;
        }
        return end;
    }

    private static int IndexOfTag(string s, string tag, int from, int end)
    {
        if (from >= end) return -1;
        var i = s.AsSpan(from, end - from).IndexOf(tag, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>Decodes &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and numeric references; leaves anything else as written.</summary>
    internal static string DecodeEntities(ReadOnlySpan<char> s)
    {
        if (s.IndexOf('&') < 0) return s.ToString();
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var amp = s[i..].IndexOf('&');
            if (amp < 0) { sb.Append(s[i..]); break; }
            sb.Append(s.Slice(i, amp));
            i += amp;
            var semi = s.Slice(i, Math.Min(12, s.Length - i)).IndexOf(';');
            if (semi > 1 && TryEntity(s.Slice(i + 1, semi - 1), out var rep))
            {
                sb.Append(rep);
                i += semi + 1;
            }
            else
            {
                sb.Append('&');
                i++;
            }
        }
        return sb.ToString();
    }

    private static bool TryEntity(ReadOnlySpan<char> name, out string rep)
    {
        rep = name switch
        {
            "amp" => "&", "lt" => "<", "gt" => ">", "quot" => "\"", "apos" => "'", "nbsp" => "\u00A0",
            _ => "",
        };
        if (rep.Length > 0) return true;
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var cp)
                && cp is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                rep = char.ConvertFromUtf32(cp);
                return true;
            }
        }
        return false;
    }
}
