using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the eleventh blind held-out set (tests/Rasd.Tests/Events/holdout11: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut11Tests(ITestOutputHelper output)
{
    // The first, blind run (main at 4c948e7): found 11/22, date right 11/20, merged 5/17, direction 6/14, attribution 9/27,
    // three absent checks failing (see holdout11/README.md). Floors at those figures.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.5, Date: 0.55, Merged: 0.29, Direction: 0.42, Attribution: 0.33, AbsentAllowed: 3);

    [Fact]
    public void Pipeline_scores_on_the_eleventh_held_out_set() => GoldScorer.ScoreSet("holdout11", Floors, output.WriteLine);
}
