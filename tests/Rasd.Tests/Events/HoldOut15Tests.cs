using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the fifteenth blind held-out set (tests/Rasd.Tests/Events/holdout15: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut15Tests(ITestOutputHelper output)
{
    // The first, blind run (main at c36df22): found 14/24, date right 11/21, merged 1/13, direction 10/19, attribution 12/38,
    // two absent checks failing, stories 6/9 (see holdout15/README.md). The floors are those figures.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.58, Date: 0.52, Merged: 0.07, Direction: 0.52, Attribution: 0.31, AbsentAllowed: 2);

    [Fact]
    public void Pipeline_scores_on_the_fifteenth_held_out_set() => GoldScorer.ScoreSet("holdout15", Floors, output.WriteLine);
}
