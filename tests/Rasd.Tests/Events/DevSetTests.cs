using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the development set (tests/Rasd.Tests/Events/dev: documents written for the project
/// in the layouts of real outlets, and their gold events): found, date right, merged across documents, direction,
/// attribution, modality, single-source marks, events that must not exist and story checks. Floors from the measured figures.
/// </summary>
public class DevSetTests(ITestOutputHelper output)
{
    // Floors a little under the figures measured on 30 gold events (found 30/30, date right 23/27, merged 11/16,
    // direction 20/20, attribution 13/13; before the fixes of this set: 15/31, 13/28, 3/15, 5/20, 5/14). Most dates and
    // merges still missing depend on datelines and weekdays the time stage does not read yet (AFP, QNA, Tunisian and
    // Moroccan layouts; "وكان ... قد أعلن، الثلاثاء" read forward).
    private const double FoundFloor = 0.93;
    private const double DateFloor = 0.78;
    private const double MergedFloor = 0.62;
    private const double DirectionFloor = 0.90;
    private const double AttributionFloor = 0.92;

    [Fact]
    public void Pipeline_scores_on_the_development_set()
    {
        var dev = Path.Combine(TestFiles.Repo(), "tests", "Rasd.Tests", "Events", "dev");
        var run = GoldScorer.Analyse(GoldScorer.Folder(Path.Combine(dev, "docs"), "dev").ToDictionary(x => x.Key, x => x.Value));
        var (gold, absent, stories) = GoldScorer.Load(Path.Combine(dev, "gold.json"));
        var s = GoldScorer.Evaluate(run, gold, absent, stories);
        foreach (var l in s.Lines) output.WriteLine(l);
        output.WriteLine(s.Summary);

        Assert.Equal(gold.Count, s.Evaluated);
        Assert.True(s.FoundRatio >= FoundFloor, $"found {s.Found}/{s.Evaluated} is below the floor {FoundFloor:P0}");
        Assert.True(s.DateRatio >= DateFloor, $"date right {s.Dated}/{s.DateTotal} is below the floor {DateFloor:P0}");
        Assert.True(s.MergedRatio >= MergedFloor, $"merged {s.Merged}/{s.Multi} is below the floor {MergedFloor:P0}");
        Assert.True(s.DirectionRatio >= DirectionFloor, $"direction {s.DirectionRight}/{s.DirectionTotal} is below the floor {DirectionFloor:P0}");
        Assert.True(s.AttributionRatio >= AttributionFloor, $"attribution {s.AttributionRight}/{s.AttributionTotal} is below the floor {AttributionFloor:P0}");
        Assert.Equal(0, s.AbsentViolated);
        // The appended story must never share its host's story.
        Assert.DoesNotContain(s.StoryFailures, f => f.Contains("read also", StringComparison.Ordinal));
    }
}
