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
            if (pr.GetValue(format) == "json")
            {
                w.WriteLine(JsonSerializer.Serialize(new
                {
                    store = s.Location, documents = st.Documents, items = st.Items, entities = st.Entities, events = st.Events,
                    stories = st.Stories, pending = st.Pending, failed = st.Failed,
                }, new JsonSerializerOptions { WriteIndented = true }));
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
            return 0;
        });
        return cmd;
    }
}
