using System.CommandLine;
using System.Text.Json;
using Rasd.Report;

namespace Rasd.Cli.Commands;

/// <summary>`rasd stories`: the story threads in the store, most recent first.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var store = CliCommon.StoreOption();
        var format = CliCommon.FormatOption("table", "table", "json");
        var cmd = new Command("stories", "list the story threads in the store") { store, format };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "stories");
            if (s == null) return 1;
            var stories = s.Stories().OrderByDescending(x => x.Last?.Range?.Last ?? DateOnly.MinValue).ThenBy(x => x.Id, StringComparer.Ordinal).ToList();
            var w = CliCommon.Out(pr);
            if (pr.GetValue(format) == "json")
            {
                w.WriteLine(JsonSerializer.Serialize(stories.Select(ReportBuilder.ToJson).ToList(), ReportBuilder.JsonOptions));
                return 0;
            }
            if (stories.Count == 0) { w.WriteLine("no stories yet (ingest some documents first)"); return 0; }
            foreach (var st in stories)
                w.WriteLine($"{st.Id}  {st.First?.Iso ?? "?"} … {st.Last?.Iso ?? "?"}  {st.Items.Count} items, {st.Events.Count} events  {st.Title}");
            return 0;
        });
        return cmd;
    }
}
