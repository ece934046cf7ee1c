using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the annotated events of ../shared/examples and samples/
/// (tests/Rasd.Tests/Events/gold.json): found (recall), date right, merged across documents, and the story checks.
/// Fails below floors set from the measured figures.
/// </summary>
public class GoldSetTests(ITestOutputHelper output)
{
    // Floors a little under the figures measured with the whole pipeline (found 14/14, date right 14/14, merged 4/4):
    // the gold set is small, so one event is 7 points; a change that loses two of them fails.
    private const double FoundFloor = 0.85;
    private const double DateFloor = 0.80;
    private const double MergedFloor = 0.75;

    [Fact]
    public void Pipeline_finds_dates_and_merges_the_gold_events()
    {
        var files = GoldScorer.Folder(Path.Combine(TestFiles.Shared(), "examples"), "examples").Where(f => f.Key.EndsWith(".txt", StringComparison.Ordinal))
            .Concat(GoldScorer.Folder(Path.Combine(TestFiles.Repo(), "samples"), "samples"))
            .ToDictionary(x => x.Key, x => x.Value);
        var run = GoldScorer.Analyse(files);
        var (gold, absent, stories) = GoldScorer.Load(Path.Combine(TestFiles.Repo(), "tests", "Rasd.Tests", "Events", "gold.json"));
        var s = GoldScorer.Evaluate(run, gold, absent, stories);
        foreach (var l in s.Lines) output.WriteLine(l);
        output.WriteLine(s.Summary);

        Assert.True(s.Evaluated >= gold.Count / 2, $"only {s.Evaluated} of {gold.Count} gold events had their documents read");
        Assert.True(s.FoundRatio >= FoundFloor, $"found {s.Found}/{s.Evaluated} is below the floor {FoundFloor:P0}");
        Assert.True(s.DateRatio >= DateFloor, $"date right {s.Dated}/{s.DateTotal} is below the floor {DateFloor:P0}");
        Assert.True(s.MergedRatio >= MergedFloor, $"merged {s.Merged}/{s.Multi} is below the floor {MergedFloor:P0}");
        // The appended story must never share its host's story.
        Assert.DoesNotContain(s.StoryFailures, f => f.Contains("read also", StringComparison.Ordinal));
    }
}
