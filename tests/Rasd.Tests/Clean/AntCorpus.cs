using System.Globalization;
using System.Text.RegularExpressions;

namespace Rasd.Tests.Clean;

/// <summary>The ANT corpus (TREC files under shared/data/antcorpus): the text between TEXT tags, category and day.</summary>
internal static partial class AntCorpus
{
    public sealed record Article(string Id, string Category, DateOnly Day, string Text);

    private static readonly Lazy<List<Article>> All = new(Load);

    public static List<Article> Articles => All.Value;

    private static List<Article> Load()
    {
        var dir = Path.Combine(CleanTestKit.Shared(), "data", "antcorpus");
        Assert.True(Directory.Exists(dir), "ANT corpus not found at " + dir);
        var list = new List<Article>();
        foreach (var f in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var raw = File.ReadAllText(f);
            var text = Between(raw, "<TEXT>", "</TEXT>");
            var id = Between(raw, "<DOCNO>", "</DOCNO>");
            if (text == null || id == null) continue;
            var cat = Between(raw, "<CAT>", "</CAT>") ?? "";
            var time = Between(raw, "<TIME>", "</TIME>");
            var day = time != null && DateTimeOffset.TryParse(time.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? DateOnly.FromDateTime(t.Date) : DateOnly.MinValue;
            list.Add(new Article(id.Trim(), cat.Trim(), day, text.Trim()));
        }
        return list;
    }

    private static string? Between(string s, string open, string close) => TestFiles.Between(s, open, close);

    [GeneratedRegex(@"\S+")]
    public static partial Regex Word();
}
