using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

public class NotArabicTests
{
    [Fact]
    public void An_english_readme_beside_the_articles_is_rejected_with_its_reason()
    {
        var results = Inputs.ReadContent("# Notes\nThese files were collected for testing; see the list below.\n", "notes/README.md").ToList();
        var r = Assert.Single(results);
        Assert.False(r.IsOk);
        Assert.Contains("not Arabic text", r.Error);
    }

    [Fact]
    public void Arabic_with_latin_names_inside_is_read()
    {
        var results = Inputs.ReadContent("قال وزير الخارجية إن شركة Gazprom ستواصل العمل مع Rosneft في المنطقة خلال العام المقبل.\n", "a.txt").ToList();
        Assert.True(Assert.Single(results).IsOk);
    }
}
