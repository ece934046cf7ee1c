using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the third blind held-out set (tests/Rasd.Tests/Events/holdout3: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut3Tests(ITestOutputHelper output)
{
    // Floors just below the figures after the general fixes (found 30/32, date right 28/30, merged 14/20, direction 17/19,
    // attribution 15/22, one absent check failing: the Gaza ceasefire recalled with its weekday); the first, blind run at
    // 0308d25 gave 23/32, 18/30, 6/20, 13/19, 7/22 and two absent checks failing (see holdout3/README.md).
    // Stop 15: 31/32, 29/30, 15/20, 17/19, 17/22, no absent check failing.
    // Stop 22: floors at found 32/32, date right 30/30, merged 15/20, direction 18/19, attribution 17/22.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.99, Date: 0.99, Merged: 0.74, Direction: 0.94, Attribution: 0.77, AbsentAllowed: 0);

    [Fact]
    public void Pipeline_scores_on_the_third_held_out_set() => GoldScorer.ScoreSet("holdout3", Floors, output.WriteLine);
}
