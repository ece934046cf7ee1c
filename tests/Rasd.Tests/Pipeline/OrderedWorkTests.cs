using Rasd.Pipeline;

namespace Rasd.Tests.Pipeline;

public class OrderedWorkTests
{
    [Fact]
    public void Results_come_in_source_order_whatever_order_the_work_finishes_in()
    {
        var done = new List<int>();
        // Early items take longest, so they finish after later ones.
        var got = OrderedWork.Run(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep(i % 5 == 0 ? 3 : 0);
            lock (done) done.Add(i);
        }, workers: 4, window: 16).Select(w => w.Item).ToList();
        Assert.Equal(Enumerable.Range(0, 200), got);
        Assert.Equal(200, done.Count);
    }

    [Fact]
    public void A_failing_item_comes_with_its_error_and_the_others_go_on()
    {
        var got = OrderedWork.Run(Enumerable.Range(0, 50), i =>
        {
            if (i == 7) throw new InvalidOperationException("seven");
        }, workers: 2, window: 8).ToList();
        Assert.Equal(50, got.Count);
        Assert.Equal("seven", Assert.Single(got, w => w.Error != null).Error!.Message);
        Assert.Equal(7, got.Single(w => w.Error != null).Item);
    }

    [Fact]
    public void The_source_is_read_at_most_a_window_ahead_of_the_consumer()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        var maxAhead = 0;
        var consumed = 0;
        foreach (var w in OrderedWork.Run(Source(), _ => { }, workers: 2, window: 10))
        {
            consumed++;
            Thread.Sleep(w.Item % 100 == 0 ? 20 : 0); // let the reader run ahead while the consumer is slow
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - consumed);
        }
        Assert.Equal(1000, consumed);
        // The window, plus the item the reader holds while it waits for a free slot.
        Assert.InRange(maxAhead, 1, 11);
    }

    [Fact]
    public void A_failing_source_throws_to_the_consumer_after_the_items_read_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("store gone");
        }
        var got = new List<int>();
        var ex = Assert.Throws<IOException>(() =>
        {
            foreach (var w in OrderedWork.Run(Source(), _ => { }, workers: 2, window: 4)) got.Add(w.Item);
        });
        Assert.Equal("store gone", ex.Message);
        Assert.Equal([1, 2], got);
    }

    [Fact]
    public void Stopping_early_stops_the_reading_and_the_work()
    {
        var worked = 0;
        var first = OrderedWork.Run(Enumerable.Range(0, 100_000), _ => Interlocked.Increment(ref worked), workers: 2, window: 8).Take(3).ToList();
        Assert.Equal(3, first.Count);
        var after = Volatile.Read(ref worked);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref worked));
        Assert.InRange(after, 3, 20);
    }
}
