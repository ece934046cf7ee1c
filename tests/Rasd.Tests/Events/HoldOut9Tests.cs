using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the ninth blind held-out set (tests/Rasd.Tests/Events/holdout9: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut9Tests(ITestOutputHelper output)
{
    // The first, blind run (main at a8005a9): found 13/20, date right 13/18, merged 6/12, direction 6/9, attribution 5/17,
    // three absent checks failing (see holdout9/README.md). Floors at those figures.
    // Stop 27: floors at found 17/20, date right 16/18, merged 12/12, direction 8/9, attribution 11/17, two absent checks failing.
    // Stop 28: floors at found 18/20, date right 17/18, direction 9/9, attribution 12/17.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.89, Date: 0.94, Merged: 0.99, Direction: 0.99, Attribution: 0.70, AbsentAllowed: 2);

    [Fact]
    public void Pipeline_scores_on_the_ninth_held_out_set() => GoldScorer.ScoreSet("holdout9", Floors, output.WriteLine);
}
