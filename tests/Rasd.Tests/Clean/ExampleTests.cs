using Rasd.Model;
using Xunit.Abstractions;
using static Rasd.Tests.Clean.CleanTestKit;

namespace Rasd.Tests.Clean;

/// <summary>The two shared example documents: items, clean text and each removed span's kind, exactly.</summary>
public sealed class ExampleTests(ITestOutputHelper output)
{
    private static string[] Lines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    [Fact]
    public void WebArticle002()
    {
        var text = Example("002");
        var doc = Run(text);
        output.WriteLine(Describe(doc));
        var lines = Lines(text);
        Assert.Equal(23, lines.Length);
        var item = Assert.Single(doc.Items);
        // Clean text: the headline and the body, nothing else, each once.
        var expected = string.Join("\n", new[] { lines[0] }.Concat(lines[2..18]));
        Assert.Equal(expected, item.CleanText);
        Assert.Equal(lines[0], item.Title);
        Assert.Equal(lines[0], doc.Meta.Title);
        Assert.Equal(BlockKind.Headline, doc.Blocks[0].Kind);
        // Removed spans, in order, with their kinds.
        var removed = doc.Removed.Select(r => (doc.Slice(r.Span), r.Kind)).ToList();
        Assert.Equal(new (string, RemovedKind)[]
        {
            (lines[1], RemovedKind.Media),
            (lines[18] + "\n" + lines[19], RemovedKind.Boilerplate),
            (lines[20], RemovedKind.Related),
            (lines[21], RemovedKind.Boilerplate),
            (lines[22], RemovedKind.Metadata),
        }, removed);
        Assert.Equal("عنب بلدي", doc.Meta.Outlet);
        // The image URL carries the date: evidence for the time stage, with where it was found.
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "url" && e.Date.Iso == "2025-02-12" && e.Where is { } w && doc.Slice(w) == "2025-02-12");
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "url" && e.Date.Iso == "2025-02");
        Assert.Equal(0, item.Span.Start);
        Assert.Equal(text.TrimEnd().Length, item.Span.End);
        Assert.All(doc.Removed, r => Assert.True(item.Span.Covers(r.Span)));
    }

    [Fact]
    public void TelegramPosts003()
    {
        var text = Example("003");
        var doc = Run(text);
        output.WriteLine(Describe(doc));
        var lines = Lines(text);
        Assert.Equal(26, lines.Length);
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal(string.Join("\n", lines[0..6]), doc.Items[0].CleanText);
        Assert.Equal(string.Join("\n", lines[13..19]), doc.Items[1].CleanText);
        var removed = doc.Removed.Select(r => (doc.Slice(r.Span), r.Kind)).ToList();
        Assert.Equal(new (string, RemovedKind)[]
        {
            (lines[6], RemovedKind.Tags),
            (string.Join("\n", lines[7..12]), RemovedKind.Duplicate),
            (lines[12], RemovedKind.Tags),
            (lines[19], RemovedKind.Tags),
            (string.Join("\n", lines[20..25]), RemovedKind.Duplicate),
            (lines[25], RemovedKind.Tags),
        }, removed);
        // Items tile the document, each holding its own furniture.
        Assert.Equal(0, doc.Items[0].Span.Start);
        Assert.Equal(text.IndexOf(lines[13], StringComparison.Ordinal), doc.Items[1].Span.Start);
        Assert.True(doc.Items[0].Span.End <= doc.Items[1].Span.Start);
        Assert.Equal(doc.Id + "-1", doc.Items[0].Id);
        Assert.Equal(doc.Id + "-2", doc.Items[1].Id);
        Assert.All(doc.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
        Assert.StartsWith("في 28 يناير", doc.Items[0].Title);
        // Sentences cover the kept paragraphs only.
        Assert.All(doc.Sentences, s => Assert.Contains(doc.Items.Single(i => i.Id == s.ItemId).Paragraphs, p => p.Covers(s.Span)));
        Assert.Contains(doc.Sentences, s => doc.Slice(s.Span) == "وجرى تبادل شامل للآراء حول الوضع الراهن في سوريا.");
    }
}
