using Rasd.Clean;
using Rasd.Items;
using Rasd.Model;
using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>A wire story with no source line is credited to the agency its dateline or credit line names.</summary>
public sealed class CreditedOutletTests
{
    private const string Body = "أعلنت وزارة الخارجية في بيان رسمي صدر صباح اليوم أن الوزير سيتوجه إلى العاصمة الأردنية لبحث التطورات الإقليمية مع نظيره في الأيام المقبلة.";

    private static Document Run(string text, Action<DocumentMeta>? meta = null)
    {
        var m = new DocumentMeta { Source = "test" };
        meta?.Invoke(m);
        var doc = new Document(text, m);
        new CleanStage().Process(doc);
        new ItemsStage().Process(doc);
        new TimeStage().Process(doc);
        return doc;
    }

    [Theory]
    [InlineData("عمّان (رويترز) - 3 مارس آذار 2025", "رويترز")]
    [InlineData("بيروت (أ ف ب) - 03/03/2025", "وكالة الصحافة الفرنسية")]
    [InlineData("الكويت في 3 مارس /كونا/", "وكالة الأنباء الكويتية")]
    public void DatelineAgencyIsTheOutlet(string dateline, string outlet)
    {
        var doc = Run(string.Join("\n", "الوزير يزور عمّان", dateline, Body));
        Assert.Equal(outlet, doc.Meta.Outlet);
    }

    [Theory]
    [InlineData("عمّان/ الأناضول", "وكالة الأناضول")]
    [InlineData("عمّان-سانا", "سانا")]
    [InlineData("تلفزيون سوريا - خاص", "تلفزيون سوريا")]
    [InlineData("عمّان: «صحيفة المستقبل»", "صحيفة المستقبل")]
    public void CreditLineNamesTheOutlet(string credit, string outlet)
    {
        var doc = Run(string.Join("\n", "الوزير يزور عمّان", credit, "3 مارس 2025", Body));
        Assert.Equal(outlet, doc.Meta.Outlet);
    }

    [Fact]
    public void AJournalistsBylineNamesNoOutlet()
    {
        var doc = Run(string.Join("\n", "الوزير يزور عمّان", "كتب: محمد علي", "3 مارس 2025", Body));
        Assert.Null(doc.Meta.Outlet);
    }

    [Fact]
    public void GenericAgenciesNameNoOutlet()
    {
        var doc = Run(string.Join("\n", "الوزير يزور عمّان", "عمّان (وكالات) - 3 مارس 2025", Body));
        Assert.Null(doc.Meta.Outlet);
    }

    [Fact]
    public void AnOutletTheReaderFoundWins()
    {
        var doc = Run(string.Join("\n", "الوزير يزور عمّان", "عمّان (رويترز) - 3 مارس آذار 2025", Body), m => m.Outlet = "صحيفة الغد");
        Assert.Equal("صحيفة الغد", doc.Meta.Outlet);
    }
}
