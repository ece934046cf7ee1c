using System.CommandLine;
using System.Diagnostics;
using Rasd.Pipeline;
using Rasd.Store;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>Options and plumbing the store commands share: --store, --quiet, opening the store, progress.</summary>
public static class CliCommon
{
    public static Option<string?> StoreOption() => new("--store")
    {
        Description = "store: a folder (holding rasd.db), a .db file, or postgres://… (default: $RASD_STORE, else $XDG_DATA_HOME/rasd or ~/.local/share/rasd)",
    };

    public static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "no progress and no summary on standard error" };

    public static Option<string> FormatOption(string @default, params string[] allowed)
    {
        var o = new Option<string>("--format") { Description = string.Join(", ", allowed), DefaultValueFactory = _ => @default };
        o.AcceptOnlyFromAmong(allowed);
        return o;
    }

    public static TextWriter Out(ParseResult pr) => pr.InvocationConfiguration.Output;
    public static TextWriter Err(ParseResult pr) => pr.InvocationConfiguration.Error;

    /// <summary>Opens the store or says why not (null: the command exits 1).</summary>
    public static IStore? OpenStore(ParseResult pr, Option<string?> option, string command)
    {
        try
        {
            return StoreFactory.Open(pr.GetValue(option));
        }
        catch (Exception ex) when (ex is StoreException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Err(pr).WriteLine($"rasd {command}: {ex.Message}");
            return null;
        }
    }

    /// <summary>True when standard error is a terminal the command owns (not captured by a test or redirected).</summary>
    public static bool ErrorIsTerminal(ParseResult pr) =>
        ReferenceEquals(Err(pr), Console.Error) && !Console.IsErrorRedirected;

    /// <summary>
    /// Runs <paramref name="work"/> on a worker thread, showing its progress once it has taken more than a second:
    /// a Spectre.Console bar (documents done, per second, ETA) on a terminal, plain lines every few seconds when
    /// standard error is redirected, nothing with --quiet.
    /// </summary>
    public static T WithProgress<T>(ParseResult pr, bool quiet, Func<Action<IngestProgress>, T> work)
    {
        var state = new ProgressState();
        var task = Task.Run(() => work(p => state.Set(p)));
        if (quiet || task.Wait(TimeSpan.FromSeconds(1))) return task.GetAwaiter().GetResult();
        if (ErrorIsTerminal(pr))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var bars = new Dictionary<string, ProgressTask>();
                    while (true)
                    {
                        var finished = task.Wait(100);
                        var p = state.Get(out var rate);
                        if (p.Phase != null)
                        {
                            if (!bars.TryGetValue(p.Phase, out var bar))
                            {
                                foreach (var b in bars.Values) b.StopTask();
                                bars[p.Phase] = bar = ctx.AddTask(p.Phase);
                            }
                            bar.IsIndeterminate = p.Total == null;
                            bar.MaxValue = Math.Max(1, p.Total ?? p.Done);
                            bar.Value = p.Done;
                            bar.Description = $"{p.Phase} {p.Done}{(p.Total is { } t ? "/" + t : "")} documents, {rate:0}/s";
                        }
                        if (finished) break;
                    }
                });
        }
        else
        {
            var err = Err(pr);
            var last = Stopwatch.StartNew();
            while (!task.Wait(250))
            {
                if (last.Elapsed < TimeSpan.FromSeconds(3)) continue;
                last.Restart();
                var p = state.Get(out var rate);
                if (p.Phase == null) continue;
                var eta = p.Total is { } t && rate > 0 ? $", about {TimeSpan.FromSeconds((t - p.Done) / rate):h\\:mm\\:ss} left" : "";
                err.WriteLine($"{p.Phase}: {p.Done}{(p.Total is { } tt ? "/" + tt : "")} documents, {rate:0}/s{eta}");
            }
        }
        return task.GetAwaiter().GetResult();
    }

    private sealed class ProgressState
    {
        private readonly object _gate = new();
        private IngestProgress _p;
        private readonly Stopwatch _phaseClock = new();
        private string? _phase;
        private TimeSpan _at;

        public void Set(IngestProgress p)
        {
            lock (_gate)
            {
                if (p.Phase != _phase) { _phase = p.Phase; _phaseClock.Restart(); }
                _p = p;
                _at = _phaseClock.Elapsed;
            }
        }

        /// <summary>The latest progress and the rate at the time it was reported (not decaying while a batch runs).</summary>
        public IngestProgress Get(out double rate)
        {
            lock (_gate)
            {
                var s = _at.TotalSeconds;
                rate = s > 0 ? _p.Done / s : 0;
                return _p;
            }
        }
    }

    /// <summary>The summary the store commands end with: counts, then each rejection and failure with its reason.</summary>
    public static void WriteSummary(TextWriter w, IngestSummary s, int maxListed = 50)
    {
        w.WriteLine(s.Line);
        if (s.Analysed + s.Failed > 0) w.WriteLine($"{s.Analysed} analysed, {s.Failed} failed");
        var problems = s.Rejections.Select(r => $"  rejected {r.Source}: {r.Reason}")
            .Concat(s.Failures.Select(f => $"  failed {f.Source}: {f.Reason}")).ToList();
        foreach (var line in problems.Take(maxListed)) w.WriteLine(line);
        if (problems.Count > maxListed) w.WriteLine($"  … and {problems.Count - maxListed} more");
    }
}
