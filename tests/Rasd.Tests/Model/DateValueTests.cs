using Rasd.Model;

namespace Rasd.Tests.Model;

public class DateValueTests
{
    [Fact]
    public void MonthContainsDayOfThatMonth()
    {
        var month = DateValue.OfMonth(2025, 2, "relative");
        var day = DateValue.OfDay(new DateOnly(2025, 2, 12), "explicit");
        Assert.True(month.IsCompatibleWith(day));
        Assert.True(day.IsCompatibleWith(month));
        Assert.False(DateValue.OfDay(new DateOnly(2025, 3, 1), "explicit").IsCompatibleWith(month));
    }

    [Fact]
    public void IsoFollowsPrecision()
    {
        Assert.Equal("2025-02-12", DateValue.OfDay(new DateOnly(2025, 2, 12), "explicit").Iso);
        Assert.Equal("2025-02", DateValue.OfMonth(2025, 2, "relative").Iso);
        Assert.Equal("2024", DateValue.OfYear(2024, "explicit").Iso);
        Assert.Null(DateValue.Unknown("no reference").Iso);
        Assert.False(DateValue.Unknown("no reference").IsCompatibleWith(DateValue.OfYear(2024, "explicit")));
    }
}
