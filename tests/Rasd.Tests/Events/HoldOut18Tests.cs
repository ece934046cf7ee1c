using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// The eighteenth held-out set (holdout18/): 12 Arabic texts written blind, without reading the event rules, and annotated
/// in gold.json before any run. Four threads of 2025: al-Sudani in Tehran (8 January), the Knesset's vote on West Bank
/// sovereignty and the reactions to it (22–23 October), Abbas's demand on Hamas before the PLO Central Council (23 April),
/// and the Sweida roadmap adopted in Damascus by Syria, Jordan and the United States (16 September). See holdout18/README.md.
/// </summary>
public class HoldOut18Tests(ITestOutputHelper output)
{
    // The first, blind run (main at cdc9368): found 8/18, date right 7/16, merged 4/15, direction 7/16, attribution 6/35,
    // one absent check failing, stories 5/8. In stop 37 (bd38cef, not blind: rules written after reading this set's misses):
    // found 13/18, date right 12/16, merged 10/15, direction 10/16, attribution 18/35, one absent check failing, stories
    // 6/8 (see holdout18/README.md). The floors are the second run's figures.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.72, Date: 0.75, Merged: 0.66, Direction: 0.62, Attribution: 0.51, AbsentAllowed: 1);

    [Fact]
    public void Pipeline_scores_on_the_eighteenth_held_out_set() => GoldScorer.ScoreSet("holdout18", Floors, output.WriteLine);
}
