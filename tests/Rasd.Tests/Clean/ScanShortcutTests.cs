using Rasd.Clean;
using Rasd.Language;
using Xunit;

namespace Rasd.Tests.Clean;

/// <summary>The shortcuts that let the cleaner skip work must never skip a line the full test would accept.</summary>
public class ScanShortcutTests
{
    [Theory]
    [InlineData(@"^(?:اقرا|طالع)\s+ايضا", "اط", "شب1(")]
    [InlineData(@"^\(?(?:صوره|photo)\b.*\)$", "(صp", "ا1")]
    [InlineData(@"^(?:عدد )?(?:المشاهدات|views?)\s*\d+", "عاv", "م1")]
    [InlineData(@"^\d+\s+(?:تعليق|comments?)$", "05٣", "تc ")]
    [InlineData(@"^©", "©", "c(")]
    public void StartCharsOfAnchoredPatterns(string pattern, string starts, string never)
    {
        var s = RegexStart.Of(pattern);
        Assert.NotNull(s);
        foreach (var c in starts) Assert.True(s!.CanStartWith(c), $"{pattern} can start with {c}");
        foreach (var c in never) Assert.False(s!.CanStartWith(c), $"{pattern} cannot start with {c}");
    }

    [Fact]
    public void UnanchoredPatternNeedsOneOfItsStartCharsAnywhere()
    {
        var s = RegexStart.Of(@"\((?:رويترز|afp)\)$");
        Assert.NotNull(s);
        Assert.True(s!.Allows("نص الخبر (رويترز)"));
        Assert.False(s.Allows("نص الخبر رويترز"));
    }

    [Theory]
    [InlineData(@"\d+ views$")]               // not anchored, a digit anywhere
    [InlineData(@"^ab|cd")]                  // a second alternative at the top level
    [InlineData(@"^[ab]c")]                  // a class
    [InlineData(@"^(?:a|)b")]                // an empty alternative
    [InlineData(@"^a?")]                     // may match nothing
    [InlineData(@"^\w+")]
    [InlineData(@"^(?i)abc")]
    [InlineData(@"^(?<x>a)b")]
    [InlineData(@"^a{0,2}b")]
    public void NoStartCharsWhenUnsure(string pattern) => Assert.Null(RegexStart.Of(pattern));

    [Fact]
    public void EveryPhraseRuleMatchStartsWithOneOfItsStartChars()
    {
        // Every line of the examples and samples that a rule's regex matches opens with a char the shortcut allows.
        var checkedMatches = 0;
        foreach (var text in TestTexts())
            foreach (var line in text.Split('\n'))
            {
                var form = CleanRules.MatchForm(line.Trim());
                if (form.Length == 0) continue;
                foreach (var r in CleanRules.Default.Patterns)
                {
                    if (r.Start == null || !r.Regex!.IsMatch(form)) continue;
                    checkedMatches++;
                    Assert.True(r.Start.Allows(form), $"{r.Pattern} matched «{form}»");
                }
            }
        Assert.True(checkedMatches > 10, $"only {checkedMatches} matches checked");
    }

    [Fact]
    public void NormalisingMakesNoDigitOutOfANonDigit()
    {
        // The cleaner tries its date patterns only on lines with a digit (char.IsDigit of the original text).
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            if (char.IsDigit(c)) continue;
            Assert.False(char.IsDigit(ArabicNormalizer.Map(c)), $"U+{i:X4} maps to a digit");
            if (ArabicNormalizer.Expand(c) is { } e) Assert.DoesNotContain(e, char.IsDigit);
        }
    }

    private static IEnumerable<string> TestTexts()
    {
        yield return string.Join('\n', "اقرأ أيضاً: الحكومة تعلن", "المصدر: الجزيرة", "تابعونا على فيسبوك وتويتر", "© 2024 جميع الحقوق محفوظة",
            "بقلم أحمد علي", "نُشر في 12 مايو 2024", "منذ 3 ساعات", "5 تعليقات", "(رويترز)", "https://example.com/a/b", "شارك الخبر",
            "الوسوم: تونس، انتخابات", "صورة أرشيفية (رويترز)", "لا توجد تعليقات", "1,234 مشاهدة", "By John Smith", "read also: x");
        foreach (var dir in new[] { Path.Combine(TestFiles.Repo(), "samples"), Path.Combine(TestFiles.Shared(), "examples") })
            if (Directory.Exists(dir))
                foreach (var f in Directory.EnumerateFiles(dir)) yield return File.ReadAllText(f);
    }
}
