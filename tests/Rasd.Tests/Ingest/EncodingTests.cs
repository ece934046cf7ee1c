using System.Text;
using Rasd.Ingest;
using static Rasd.Tests.Ingest.IngestKit;

namespace Rasd.Tests.Ingest;

public class EncodingTests
{
    private const string Arabic = "أعلن المجلس البلدي عن برنامج لتهيئة الحدائق العمومية في الأحياء الشعبية خلال الصيف المقبل.\nوقال رئيس البلدية إن الأشغال تنطلق في جوان.";

    private static byte[] Cat(byte[] a, byte[] b) => a.Concat(b).ToArray();

    public static TheoryData<string, string> Encoded() => new()
    {
        { "utf8", TextDecoder.Utf8 },
        { "utf8bom", TextDecoder.Utf8Bom },
        { "utf16le", TextDecoder.Utf16Le },
        { "utf16be", TextDecoder.Utf16Be },
        { "cp1256", TextDecoder.Windows1256 },
    };

    private static byte[] Bytes(string kind, string text) => kind switch
    {
        "utf8" => Encoding.UTF8.GetBytes(text),
        "utf8bom" => Cat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(text)),
        "utf16le" => Cat([0xFF, 0xFE], Encoding.Unicode.GetBytes(text)),
        "utf16be" => Cat([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(text)),
        "cp1256" => TextDecoder.Windows1256Encoding.GetBytes(text),
        _ => throw new ArgumentException(kind),
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void EachEncodingDecodesToTheSameText(string kind, string expected)
    {
        var decoded = TextDecoder.Decode(Bytes(kind, Arabic));
        Assert.True(decoded.Ok, decoded.Error);
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal(expected, decoded.Encoding);
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void EachEncodingReadFromAFile(string kind, string expected)
    {
        using var dir = new Scratch();
        var path = dir.Write($"{kind}.txt", Bytes(kind, Arabic));
        var doc = Single(Inputs.Read([path]));
        Assert.Equal(Arabic, doc.Text);
        Assert.Equal(expected, doc.Meta.Encoding);
    }

    [Fact]
    public void Windows1256FeedIsDetectedAndParsed()
    {
        var rss = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>جريدة الشروق</title><item><title>خبر</title>"
                  + "<description>ارتفعت أسعار الذهب في الأسواق المحلية خلال الأسبوع الماضي.</description></item></channel></rss>";
        using var dir = new Scratch();
        var path = dir.Write("old.xml", TextDecoder.Windows1256Encoding.GetBytes(rss));
        var doc = Single(Inputs.Read([path]));
        Assert.Equal("rss", doc.Meta.Format);
        Assert.Equal("ارتفعت أسعار الذهب في الأسواق المحلية خلال الأسبوع الماضي.", doc.Text);
        Assert.Equal("جريدة الشروق", doc.Meta.Outlet);
        Assert.Equal(TextDecoder.Windows1256, doc.Meta.Encoding);
    }

    [Fact]
    public void LatinOneFrenchIsNotMistakenForArabic()
    {
        var latin1 = Encoding.Latin1.GetBytes("Le ministère a annoncé une réunion générale à Tunis, après les élections régionales.");
        var decoded = TextDecoder.Decode(latin1);
        Assert.False(decoded.Ok);
        Assert.Contains("not valid UTF-8", decoded.Error);
        Assert.Contains("offset", decoded.Error);
        Assert.Contains("not Windows-1256", decoded.Error);
    }

    [Fact]
    public void TruncatedUtf8IsInvalid()
    {
        var bytes = Encoding.UTF8.GetBytes("تونس");
        var decoded = TextDecoder.Decode(bytes[..^1]);
        // One cut letter leaves bytes that are not UTF-8, and too few Arabic letters to call it Windows-1256.
        Assert.False(decoded.Ok);
        Assert.Contains("UTF-8", decoded.Error);
    }

    [Fact]
    public void MixedArabicAndLatinInWindows1256()
    {
        const string text = "صرّح وزير الاقتصاد لإذاعة Mosaïque FM بأن نسبة النمو بلغت 2.1 بالمائة في الثلاثي الأول.";
        var decoded = TextDecoder.Decode(TextDecoder.Windows1256Encoding.GetBytes(text));
        Assert.True(decoded.Ok, decoded.Error);
        Assert.Equal(text, decoded.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 })]
    public void BinaryBytesAreRefused(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.False(decoded.Ok);
        Assert.Contains("binary", decoded.Error);
    }

    [Fact]
    public void ManyControlCharactersWithoutNulAreBinary()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 7 == 0 ? 0x01 + i % 8 : 0x41 + i % 26)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.False(decoded.Ok);
        Assert.Contains("control characters", decoded.Error);
    }

    [Fact]
    public void Utf16WithOddLengthIsInvalid()
    {
        var decoded = TextDecoder.Decode(Cat([0xFF, 0xFE], Cat(Encoding.Unicode.GetBytes("نص"), [0x41])));
        Assert.False(decoded.Ok);
        Assert.Contains("UTF-16", decoded.Error);
    }

    [Fact]
    public void DeclaredCharsetIsUsedWhenTheBytesAgree()
    {
        var bytes = TextDecoder.Windows1256Encoding.GetBytes("خبر");
        var decoded = TextDecoder.Decode(bytes, "windows-1256");
        Assert.Equal("خبر", decoded.Text);
        // A wrong single-byte declaration on valid UTF-8 is ignored.
        Assert.Equal(Arabic, TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic), "iso-8859-1").Text);
    }

    [Fact]
    public void RandomArabicRoundTripsThroughWindows1256()
    {
        var letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى".ToCharArray();
        var rng = new Random(1256);
        for (var i = 0; i < 200; i++)
        {
            var words = Enumerable.Range(0, rng.Next(2, 30)).Select(_ => new string(Enumerable.Range(0, rng.Next(1, 8)).Select(_ => letters[rng.Next(letters.Length)]).ToArray()));
            var text = string.Join(rng.Next(5) == 0 ? "\n" : " ", words) + (rng.Next(2) == 0 ? " 2024." : "");
            var decoded = TextDecoder.Decode(TextDecoder.Windows1256Encoding.GetBytes(text));
            Assert.True(decoded.Ok, decoded.Error);
            Assert.Equal(text, decoded.Text);
            Assert.Equal(TextDecoder.Windows1256, decoded.Encoding);
        }
    }
}
