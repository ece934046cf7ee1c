namespace Rasd.Ingest;

/// <summary>How sure a reader is that content is its format.</summary>
public enum Confidence { No = 0, Weak = 1, Strong = 2 }

/// <summary>A reader that scores content, and may reject single entries of a file while keeping the others.</summary>
internal interface IScoredReader : IDocumentReader
{
    Confidence Score(string content, string source);
    /// <summary>File name endings that break ties between readers of equal confidence.</summary>
    IReadOnlyList<string> Extensions { get; }
    /// <summary>Documents and per-entry rejections; throws <see cref="InputException"/> when the whole input is bad.</summary>
    IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options);
}

/// <summary>Cheap looks at the start of content, used by the readers' detection.</summary>
internal static class Sniff
{
    /// <summary>Index of the first character that is not whitespace or a BOM.</summary>
    public static int Start(string s)
    {
        var i = 0;
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '\uFEFF')) i++;
        return i;
    }

    /// <summary>
    /// Name of the first element of markup content, after the XML declaration, comments, processing instructions
    /// and a DOCTYPE (internal subset included); null when the content does not start with markup.
    /// </summary>
    public static string? RootElement(string s, out bool htmlDoctype)
    {
        htmlDoctype = false;
        var i = Start(s);
        var guard = 0;
        while (i < s.Length && s[i] == '<' && guard++ < 64)
        {
            if (At(s, i, "<?")) i = After(s, i, "?>");
            else if (At(s, i, "<!--")) i = After(s, i, "-->");
            else if (At(s, i, "<!DOCTYPE", ignoreCase: true))
            {
                var head = s.AsSpan(i + 9, Math.Min(20, s.Length - i - 9)).TrimStart();
                if (head.StartsWith("html", StringComparison.OrdinalIgnoreCase)) htmlDoctype = true;
                var bracket = s.IndexOf('[', i);
                var close = s.IndexOf('>', i);
                if (bracket >= 0 && (close < 0 || bracket < close)) i = After(s, s.IndexOf("]", bracket, StringComparison.Ordinal) is var b and >= 0 ? b : s.Length, ">");
                else i = close < 0 ? s.Length : close + 1;
            }
            else
            {
                var j = i + 1;
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is ':' or '-' or '_' or '.')) j++;
                return j > i + 1 ? s[(i + 1)..j] : null;
            }
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        }
        return null;
    }

    private static bool At(string s, int i, string what, bool ignoreCase = false) =>
        string.Compare(s, i, what, 0, what.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0;

    private static int After(string s, int from, string end)
    {
        var k = s.IndexOf(end, from, StringComparison.Ordinal);
        return k < 0 ? s.Length : k + end.Length;
    }

    public static string Extension(string source)
    {
        var q = source.IndexOfAny(['?', '#']);
        var path = q >= 0 && source.Contains("://") ? source[..q] : source;
        return Path.GetExtension(path).ToLowerInvariant();
    }

    public static bool IsUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
