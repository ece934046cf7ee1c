using System.CommandLine;
using System.Text;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Report;
using Rasd.Store;

namespace Rasd.Cli.Commands;

/// <summary>
/// `rasd analyze PATH|URL…`: ingests the inputs (storing them) and prints the report of their documents, including
/// those stored before (loaded back with their analysis). JSON follows the rasd.report/1 contract.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>The events of the report, one row each (the events' CSV layout).</summary>
    private static string Csv(ReportJson report, Corpus corpus)
    {
        var ids = report.Events.Select(e => e.Id).ToHashSet();
        var w = new StringWriter();
        Rasd.Events.EventCsv.Write(w, corpus.Events.Where(e => ids.Contains(e.Id)), corpus.Entities);
        return w.ToString();
    }

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "files, folders or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var format = CliCommon.FormatOption("table", "table", "json", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "write the report to this file instead of standard output" };
        var store = CliCommon.StoreOption();
        var quiet = CliCommon.QuietOption();
        var cmd = new Command("analyze", "run the whole pipeline over the inputs (storing them) and print the report") { inputs, format, output, store, quiet };
        cmd.SetAction(pr =>
        {
            var err = CliCommon.Err(pr);
            using var s = CliCommon.OpenStore(pr, store, "analyze");
            if (s == null) return 1;
            var q = pr.GetValue(quiet);
            var ingestion = new Ingestion(s);
            using var index = SearchHook.Open(s, err, "analyze");
            var summary = CliCommon.WithProgress(pr, q, progress => ingestion.Run(pr.GetValue(inputs)!, new IngestionOptions { Progress = progress, OnSaved = index == null ? null : index.OnSaved }));
            if (!q) CliCommon.WriteSummary(err, summary);
            if (summary.NothingRead) return 1;
            if (!q) ReanalyzeCommand.NoteStale(s, ingestion.Analyzer.Rules, err, "analyze");

            var docs = summary.Documents.Select(s.GetDocument).OfType<Document>().ToList();
            var corpus = ingestion.Corpus;
            var report = ReportBuilder.Build(corpus, docs);
            var text = pr.GetValue(format) switch
            {
                "json" => ReportBuilder.Serialize(report),
                "csv" => Csv(report, corpus),
                _ => ReportTable.Render(report, corpus),
            };
            var path = pr.GetValue(output);
            if (path == null)
            {
                CliCommon.Out(pr).Write(text);
                if (!text.EndsWith('\n')) CliCommon.Out(pr).WriteLine();
                return 0;
            }
            try
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                File.WriteAllText(path, text, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                err.WriteLine($"rasd analyze: cannot write {path}: {ex.Message}");
                return 1;
            }
            if (!q) err.WriteLine($"report written to {path}");
            return 0;
        });
        return cmd;
    }
}
