using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the eighth blind held-out set (tests/Rasd.Tests/Events/holdout8: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut8Tests(ITestOutputHelper output)
{
    // Floors at the first, blind run (see holdout8/README.md).
    private static readonly GoldScorer.Floors Floors = new(Found: 0, Date: 0, Merged: 0, Direction: 0, Attribution: 0, AbsentAllowed: 99);

    [Fact]
    public void Pipeline_scores_on_the_eighth_held_out_set() => GoldScorer.ScoreSet("holdout8", Floors, output.WriteLine);
}
