using System.CommandLine;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Report;

namespace Rasd.Cli.Commands;

public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("inputs") { Description = "files, folders or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--out") { Description = "write the report to this file" };
        var store = new Option<string?>("--store") { Description = "store path (default: $XDG_DATA_HOME/rasd)" };
        var cmd = new Command("analyze", "run the whole pipeline and print the report") { paths, format, output, store };
        cmd.SetAction(pr =>
        {
            var corpus = new Corpus();
            var docs = new List<Document>();
            foreach (var p in pr.GetValue(paths)!)
            {
                foreach (var f in Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order().ToArray() : new[] { p })
                    docs.Add(new Document(File.ReadAllText(f), new DocumentMeta { Source = f }));
            }
            Analyzer.Default().Run(docs, corpus);
            var json = ReportBuilder.Serialize(ReportBuilder.Build(corpus));
            var o = pr.GetValue(output);
            if (o != null) File.WriteAllText(o, json); else Console.WriteLine(json);
            return 0;
        });
        return cmd;
    }
}
