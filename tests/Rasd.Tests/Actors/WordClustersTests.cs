using Rasd.Actors;

namespace Rasd.Tests.Actors;

public class WordClustersTests
{
    [Fact]
    public void Unlabelled_text_is_read_line_by_line_in_file_order_with_markup_stripped()
    {
        var dir = Directory.CreateTempSubdirectory("rasd-clusters-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "b.xml"), "<DOC><TEXT>أعلنت الوزارة اليوم عن خطة جديدة لدعم الفلاحين. وقال الوزير إن الخطة تبدأ غدا في الولايات</TEXT></DOC>");
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "قصير\nالتقى رئيس الحكومة وفدا من رجال الأعمال في العاصمة صباح اليوم\n");
            var stems = WordClusters.ReadUnlabelled(new[] { dir.FullName }).ToList();
            // a.txt before b.xml; the short line is left out; no tag survives
            Assert.Equal(2, stems.Count);
            Assert.True(stems[0].Count > 5);
            Assert.DoesNotContain(stems.SelectMany(s => s), w => w.Contains('<') || w.Contains("DOC"));
            var sentences = WordClusters.ReadSentences(new[] { dir.FullName }, min: 6, max: 60).ToList();
            // b.xml's line splits at the full stop into two sentences
            Assert.Equal(3, sentences.Count);
            Assert.Equal(".", sentences[1][^1]);
            Assert.Equal(2, WordClusters.ReadSentences(new[] { dir.FullName }, min: 6, max: 60, stride: 2).Count());
            Assert.Empty(WordClusters.ReadUnlabelled(new[] { Path.Combine(dir.FullName, "missing") }));
        }
        finally { dir.Delete(true); }
    }
}
