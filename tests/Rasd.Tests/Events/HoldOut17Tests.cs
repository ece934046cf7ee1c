using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// The seventeenth held-out set (holdout17/): 12 Arabic news texts written blind for the project, on four threads of 2025
/// (Abbas in Beirut, the US visa decision against Palestinian officials, the Gaza aid of late July, the Lebanese–Syrian
/// agreement in Jeddah), scored by <see cref="GoldScorer"/> against holdout17/gold.json. See holdout17/README.md.
/// </summary>
public class HoldOut17Tests(ITestOutputHelper output)
{
    // The first, blind run (main at b080444): found 8/19, date right 7/16, merged 3/15, direction 4/15, attribution 8/31,
    // two absent checks failing, stories 4/8. At the end of stop 36 (ede15a3, not blind): found 15/19, date right 13/16,
    // merged 6/15, direction 10/15, attribution 19/31, two absent checks failing, stories 8/8 (see holdout17/README.md).
    // The floors are the second run's figures.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.78, Date: 0.81, Merged: 0.40, Direction: 0.66, Attribution: 0.61, AbsentAllowed: 2);

    [Fact]
    public void Pipeline_scores_on_the_seventeenth_held_out_set() => GoldScorer.ScoreSet("holdout17", Floors, output.WriteLine);
}
