using Rasd.Model;
using Xunit.Abstractions;

namespace Rasd.Tests.Clean;

/// <summary>
/// ANT articles are already clean prose: the cleaner must leave them almost whole (a guard against rules that
/// fire on ordinary news sentences) and must not cut any into several items.
/// </summary>
public sealed class AntCleanTextTests(ITestOutputHelper output)
{
    [Fact]
    public void CleanArticlesStayWholeAndSingle()
    {
        int docs = 0, lines = 0, removedLines = 0, multi = 0, none = 0;
        var byReason = new Dictionary<string, int>();
        foreach (var a in AntCorpus.Articles)
        {
            if (a.Text.Trim().Length == 0) continue;
            var d = CleanTestKit.Run(a.Text);
            docs++;
            lines += d.Blocks.Count;
            removedLines += d.Blocks.Count(b => b.Kind == BlockKind.Removed && b.Removed != RemovedKind.Duplicate);
            if (d.Items.Count > 1) { multi++; output.WriteLine("several items: " + a.Id); }
            if (d.Items.Count == 0) { none++; output.WriteLine("no item: " + a.Id); }
            foreach (var r in d.Removed)
            {
                var k = $"{r.Kind.ToString().ToLowerInvariant()} ({r.Reason})";
                byReason[k] = byReason.GetValueOrDefault(k) + 1;
            }
        }
        output.WriteLine($"{docs} articles, {lines} lines, {removedLines} removed as furniture ({100.0 * removedLines / lines:0.00}%), {multi} with several items, {none} with none");
        foreach (var kv in byReason.OrderByDescending(k => k.Value)) output.WriteLine($"  {kv.Value} {kv.Key}");
        Assert.Equal(0, multi);
        Assert.True(none <= 2, $"{none} articles lost entirely");
        Assert.True(removedLines < lines / 200, $"{removedLines} of {lines} lines removed");
    }
}
