using System.Text;
using Rasd.Data;
using Rasd.Language;

namespace Rasd.Store.Postgres;

/// <summary>
/// The text PostgreSQL's <c>arabic</c> configuration indexes: the item's clean text normalised
/// (<see cref="ArabicNormalizer"/>) with article-bearing proclitics removed from each word. PostgreSQL's Snowball
/// Arabic stemmer strips ال and وال inconsistently ("العقوبات" → عقوب but "عقوبات" → عقوبا and "والعقوبات" →
/// والعقوبا), so without this step the three forms would not meet; with it they all stem to one lexeme.
/// Queries go through the same preparation. The map leads every prepared char back to the original text,
/// so highlights from <c>ts_headline</c> land on the original words.
/// </summary>
public static class SearchText
{
    private static readonly string[] Proclitics = DataFiles.ReadTsv("postgres/proclitics.tsv")
        .Select(r => ArabicNormalizer.Normalize(r[0].Trim())).Where(p => p.Length > 0)
        .OrderByDescending(p => p.Length).ToArray();

    private const int MinStem = 3;

    public static string Prepare(string text) => PrepareWithMap(text).Text;

    /// <summary>The prepared text and, per prepared char, the offset of the original char it came from.</summary>
    public static (string Text, int[] Map) PrepareWithMap(string text)
    {
        var (norm, nmap) = ArabicNormalizer.NormalizeWithMap(text);
        var sb = new StringBuilder(norm.Length);
        var map = new List<int>(norm.Length);
        var i = 0;
        while (i < norm.Length)
        {
            if (!ArabicNormalizer.IsArabicLetter(norm[i]))
            {
                sb.Append(norm[i]); map.Add(nmap[i]); i++;
                continue;
            }
            var end = i;
            while (end < norm.Length && ArabicNormalizer.IsArabicLetter(norm[end])) end++;
            var word = norm.AsSpan(i, end - i);
            var skip = 0;
            foreach (var p in Proclitics)
                if (word.Length - p.Length >= MinStem && word.StartsWith(p)) { skip = p.Length; break; }
            for (var k = i + skip; k < end; k++) { sb.Append(norm[k]); map.Add(nmap[k]); }
            i = end;
        }
        return (sb.ToString(), map.ToArray());
    }
}
