using Rasd.Clean;
using Rasd.Items;
using Rasd.Model;

namespace Rasd.Tests.Clean;

/// <summary>Runs clean + items on a text and describes the result line by line, for exact assertions.</summary>
internal static class CleanTestKit
{
    private static readonly CleanStage Clean = new();
    private static readonly ItemsStage Items = new();

    public static Document Run(string text, string source = "test.txt", string? outlet = null)
    {
        var doc = new Document(text, new DocumentMeta { Source = source, Outlet = outlet });
        Clean.Process(doc);
        Items.Process(doc);
        return doc;
    }

    /// <summary>The removed kind of the line that holds <paramref name="fragment"/> (null when kept).</summary>
    public static RemovedKind? KindOf(Document doc, string fragment)
    {
        var at = doc.Text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fragment not in text: {fragment}");
        var block = doc.Blocks.Single(b => b.Span.Contains(at));
        return block.Removed;
    }

    public static void AssertRemoved(Document doc, string fragment, RemovedKind kind)
    {
        Assert.Equal(kind, KindOf(doc, fragment));
        var at = doc.Text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == kind && r.Span.Contains(at));
    }

    public static void AssertKept(Document doc, string fragment)
    {
        Assert.Null(KindOf(doc, fragment));
        Assert.Contains(doc.Items, i => i.CleanText.Contains(fragment, StringComparison.Ordinal));
    }

    public static string Describe(Document doc) =>
        string.Join("\n", doc.Blocks.Select(b => $"{(b.ItemStart ? "*" : " ")}{b.Kind}/{b.Removed}: {Short(doc.Text.Substring(b.Span.Start, b.Span.Length))}"));

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;

    /// <summary>Finds ../shared by walking up from the test binaries (CI has shared/ beside the checkout).</summary>
    public static string Shared() => TestFiles.Shared();

    public static string Example(string prefix)
    {
        var dir = Path.Combine(Shared(), "examples");
        var f = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return File.ReadAllText(f);
    }
}
