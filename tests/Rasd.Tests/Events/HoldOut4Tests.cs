using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the fourth blind held-out set (tests/Rasd.Tests/Events/holdout4: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut4Tests(ITestOutputHelper output)
{
    private static readonly GoldScorer.Floors Floors = new(Found: 0, Date: 0, Merged: 0, Direction: 0, Attribution: 0, AbsentAllowed: 10);

    [Fact]
    public void Pipeline_scores_on_the_fourth_held_out_set() => GoldScorer.ScoreSet("holdout4", Floors, output.WriteLine);
}
