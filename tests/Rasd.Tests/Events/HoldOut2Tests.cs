using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the second blind held-out set (tests/Rasd.Tests/Events/holdout2: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut2Tests(ITestOutputHelper output)
{
    // Placeholder floors: set after the first blind run (see holdout2/README.md, "Scores").
    private static readonly GoldScorer.Floors Floors = new(Found: 0, Date: 0, Merged: 0, Direction: 0, Attribution: 0);

    [Fact]
    public void Pipeline_scores_on_the_second_held_out_set() => GoldScorer.ScoreSet("holdout2", Floors, output.WriteLine);
}
