using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Tests.Time;

public class DateLineTests
{
    [Theory]
    [InlineData("الخميس 13 شباط 2025", "2025-02-13")]
    [InlineData("تاريخ النشر: 4 مارس 2025", "2025-03-04")]
    public void An_arabic_date_line_under_the_headline_is_the_publication_date(string dateLine, string expected)
    {
        var text = "وزير الخارجية يزور العاصمة في أول جولة له\n" + dateLine + "\n" +
                   "وصل وزير الخارجية إلى العاصمة أمس في زيارة رسمية يلتقي خلالها عدداً من المسؤولين لبحث العلاقات الثنائية.\n";
        var doc = new Document(text, new DocumentMeta { Source = "t.txt" });
        foreach (var stage in StageRegistry.DocumentStages()) stage.Process(doc);
        Assert.Equal(expected, doc.Meta.Published.Iso);
        Assert.Equal("dateline", doc.Meta.Published.Basis);
    }
}
