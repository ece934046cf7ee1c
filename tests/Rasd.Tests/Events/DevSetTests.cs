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
    // Stop 14: 30/30, 24/27, 12/16, 20/20, 13/13. Stop 15: 30/30, 25/27, 14/16, 20/20, 13/13.
    // Stop 16 (Syria's ministry by its full name): merged 15/16.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.99, Date: 0.96, Merged: 0.93, Direction: 0.95, Attribution: 0.95);

    [Fact]
    public void Pipeline_scores_on_the_development_set()
    {
        var s = GoldScorer.ScoreSet("dev", Floors, output.WriteLine);
        // The appended story must never share its host's story.
        Assert.DoesNotContain(s.StoryFailures, f => f.Contains("read also", StringComparison.Ordinal));
    }
}
