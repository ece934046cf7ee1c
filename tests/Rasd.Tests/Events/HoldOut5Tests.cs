using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>
/// Scores the whole pipeline against the fifth blind held-out set (tests/Rasd.Tests/Events/holdout5: documents written
/// for the project without reading the event rules or the other sets' documents, and their gold events), the same way
/// as <see cref="HoldOutTests"/>.
/// </summary>
public class HoldOut5Tests(ITestOutputHelper output)
{
    // Floors at the first, blind run (main at 31ae1a7): found 16/32, date right 15/29, merged 8/25, direction 10/17,
    // attribution 11/32, four absent checks failing (see holdout5/README.md). A fifth fails since a year-less date line
    // lends its day to the report: the January ceasefire and its mediation, recalled in a01's relative clause, were
    // events of "January, no year" before and are of January 2025 now (the set counts recalled events as violations).
    // After the round's general fixes (c7c3356): found 23/32, date right 20/29, merged 13/25, direction 14/17, attribution 19/32;
    // with tours and the future of a noun after a future verb (8876669): found 24/32, direction 15/17.
    // Stop 22: floors at found 25/32, date right 21/29, merged 16/25, direction 15/17, attribution 21/32, three absent checks failing.
    // Stop 23: date right 22/29, merged 17/25 (al-Sisi's warning from Al-Ahram and a Tunisian outlet), direction 16/17,
    // attribution 23/32 (the Houthi spokesman's claim of an attack on the carrier).
    // Stop 27: floors at merged 18/25, attribution 24/32. Stop 31: attribution 25/32 (Novak quoted past "(سانا)").
    private static readonly GoldScorer.Floors Floors = new(Found: 0.78, Date: 0.75, Merged: 0.71, Direction: 0.94, Attribution: 0.78, AbsentAllowed: 3);

    [Fact]
    public void Pipeline_scores_on_the_fifth_held_out_set() => GoldScorer.ScoreSet("holdout5", Floors, output.WriteLine);
}
