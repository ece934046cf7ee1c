using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Rasd.Pipeline;

/// <summary>One input of <see cref="OrderedWork.Run{T}"/> after its work: the error the work threw, if any.</summary>
public readonly record struct Worked<T>(T Item, Exception? Error);

/// <summary>
/// Parallel work whose results are consumed in input order while the rest is still being worked on: one thread
/// reads the source (a store query, a list), <c>workers</c> threads run the work, and the caller takes the results
/// in source order. The serial part (linking into the corpus, saving) thus overlaps the parallel part instead of
/// alternating with it, and wall time tends to max(serial part, total CPU / cores).
/// </summary>
public static class OrderedWork
{
    private sealed class Slot<T>(T item)
    {
        public readonly T Item = item;
        public Exception? Error;
        public readonly ManualResetEventSlim Done = new(false);
    }

    /// <summary>
    /// Yields every item of <paramref name="source"/>, in order, once <paramref name="work"/> has run on it (an
    /// exception of the work is handed over with its item, not thrown). At most <paramref name="window"/> items are
    /// read ahead of the consumer, so memory stays bounded; workers take items in source order, so the next item
    /// the consumer waits for is always among the first being worked on. An exception of the source itself is
    /// thrown to the consumer after the items read before it. Stopping the enumeration early stops the threads.
    /// </summary>
    public static IEnumerable<Worked<T>> Run<T>(IEnumerable<T> source, Action<T> work, int workers, int window)
    {
        workers = Math.Max(1, workers);
        window = Math.Max(workers * 2, window);
        using var slots = new SemaphoreSlim(window, window);
        using var stop = new CancellationTokenSource();
        using var todo = new BlockingCollection<Slot<T>>();
        using var ordered = new BlockingCollection<Slot<T>>();
        ExceptionDispatchInfo? failure = null;

        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    slots.Wait(stop.Token);
                    var slot = new Slot<T>(item);
                    ordered.Add(slot);
                    todo.Add(slot);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                ordered.CompleteAdding();
                todo.CompleteAdding();
            }
        }) { IsBackground = true, Name = "rasd-source" };

        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            threads[w] = new Thread(() =>
            {
                try
                {
                    foreach (var slot in todo.GetConsumingEnumerable(stop.Token))
                    {
                        try { work(slot.Item); }
                        catch (Exception e) { slot.Error = e; }
                        slot.Done.Set();
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
            }) { IsBackground = true, Name = "rasd-work-" + w };
        }
        reader.Start();
        foreach (var t in threads) t.Start();
        try
        {
            foreach (var slot in ordered.GetConsumingEnumerable())
            {
                slot.Done.Wait();
                slot.Done.Dispose();
                slots.Release();
                yield return new Worked<T>(slot.Item, slot.Error);
            }
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reader.Join();
            foreach (var t in threads) t.Join();
        }
    }
}
