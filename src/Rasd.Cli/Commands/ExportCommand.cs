using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rasd.Report;

namespace Rasd.Cli.Commands;

/// <summary>`rasd export`: the whole store as the report contract (json), one record per line (jsonl) or events as CSV.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = CliCommon.FormatOption("json", "json", "jsonl", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "write to this file instead of standard output" };
        var store = CliCommon.StoreOption();
        var cmd = new Command("export", "export the store: json (report contract), jsonl (one record per line, with \"kind\") or csv (one row per event)") { format, output, store };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "export");
            if (s == null) return 1;
            var corpus = s.LoadCorpus();
            var report = ReportBuilder.Build(corpus, s.Documents());
            var path = pr.GetValue(output);
            TextWriter w;
            try { w = path == null ? CliCommon.Out(pr) : new StreamWriter(path, false, new UTF8Encoding(false)); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                CliCommon.Err(pr).WriteLine($"rasd export: cannot write {path}: {ex.Message}");
                return 1;
            }
            try
            {
                switch (pr.GetValue(format))
                {
                    case "csv":
                        Rasd.Events.EventCsv.Write(w, corpus.Events, corpus.Entities);
                        break;
                    case "jsonl":
                        var opts = new JsonSerializerOptions(ReportBuilder.JsonOptions) { WriteIndented = false };
                        void Line(string kind, object record)
                        {
                            var node = JsonSerializer.SerializeToNode(record, record.GetType(), opts)!.AsObject();
                            var o = new JsonObject { ["kind"] = kind };
                            foreach (var (k, v) in node.ToList()) { node.Remove(k); o[k] = v; }
                            w.Write(o.ToJsonString(opts));
                            w.Write('\n');
                        }
                        foreach (var d in report.Documents) Line("document", d);
                        foreach (var st in report.Stories) Line("story", st);
                        foreach (var e in report.Entities) Line("entity", e);
                        foreach (var e in report.Events) Line("event", e);
                        break;
                    default:
                        w.WriteLine(ReportBuilder.Serialize(report));
                        break;
                }
            }
            finally
            {
                if (path != null) w.Dispose(); else w.Flush();
            }
            return 0;
        });
        return cmd;
    }
}
