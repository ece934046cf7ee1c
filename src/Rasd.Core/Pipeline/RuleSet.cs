using System.Reflection;
using Rasd.Model;

namespace Rasd.Pipeline;

/// <summary>
/// Which rules analysed a document: the stages, in order, and the sources and language data of the code that
/// holds each one. The core's build stamps a hash of all its source and data files (Rasd.Core.csproj, "RasdRules"),
/// the same in every configuration, so the same files give the same id and a change to any of them gives another.
/// A stage from an assembly without the stamp counts by its build (module id). A store records the id with each
/// analysis, so a later rasd can tell which stored analyses its own rules would not have made (`rasd reanalyze`).
/// </summary>
public static class RuleSet
{
    public static string Of(IEnumerable<IDocumentStage> documentStages, IEnumerable<ICorpusStage> corpusStages)
    {
        var parts = documentStages.Select(s => Part(s.Name, s)).Concat(corpusStages.Select(s => Part(s.Name, s)));
        return "rules-" + ContentHash.Short(string.Join(";", parts));
    }

    private static string Part(string name, object stage) => name + "@" + Stamp(stage.GetType().Assembly);

    private static string Stamp(Assembly asm) =>
        asm.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RasdRules")?.Value
        ?? asm.ManifestModule.ModuleVersionId.ToString("N");
}
