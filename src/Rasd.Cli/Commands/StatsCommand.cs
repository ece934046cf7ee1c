using System.CommandLine;
using System.Text.Json;

namespace Rasd.Cli.Commands;

/// <summary>`rasd stats`: how much the store holds, and how many documents wait for (or failed) analysis.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var store = CliCommon.StoreOption();
        var format = CliCommon.FormatOption("table", "table", "json");
        var cmd = new Command("stats", "counts: documents, items, entities, events, stories, pending, failed") { store, format };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "stats");
            if (s == null) return 1;
            var st = s.Stats();
            var w = CliCommon.Out(pr);
            // PostgreSQL mode: the work queue in detail (pending = pending + claimed + waiting to be linked).
            var queue = (s as Rasd.Store.Postgres.PostgresStore)?.Queue();
            // Analyses by these rules and by others (an earlier or later rasd: `rasd reanalyze` redoes them).
            var rules = Rasd.Pipeline.Analyzer.Default().Rules;
            var by = s.AnalysedBy();
            var current = by.GetValueOrDefault(rules);
            var other = by.Where(kv => kv.Key != rules).Sum(kv => kv.Value);
            if (pr.GetValue(format) == "json")
            {
                w.WriteLine(JsonSerializer.Serialize(new
                {
                    store = s.Location, documents = st.Documents, items = st.Items, entities = st.Entities, events = st.Events,
                    stories = st.Stories, pending = st.Pending, failed = st.Failed,
                    queue = queue == null ? null : new { pending = queue.Pending, claimed = queue.Claimed, analysed = queue.Analysed, done = queue.Done, failed = queue.Failed },
                    rules = new { current = rules, analysed_by_current = current, analysed_by_other = other },
                }, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
                return 0;
            }
            w.WriteLine($"store      {s.Location}");
            w.WriteLine($"documents  {st.Documents}");
            w.WriteLine($"items      {st.Items}");
            w.WriteLine($"entities   {st.Entities}");
            w.WriteLine($"events     {st.Events}");
            w.WriteLine($"stories    {st.Stories}");
            w.WriteLine($"pending    {st.Pending}");
            w.WriteLine($"failed     {st.Failed}");
            w.WriteLine($"rules      {rules}: {current} documents analysed by them, {other} by other rules" + (other > 0 ? " (`rasd reanalyze` redoes them)" : ""));
            if (queue != null)
                w.WriteLine($"queue      {queue.Pending} pending, {queue.Claimed} claimed by workers, {queue.Analysed} analysed waiting to be linked, {queue.Done} done, {queue.Failed} failed");
            return 0;
        });
        return cmd;
    }
}
