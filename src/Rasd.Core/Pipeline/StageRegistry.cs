namespace Rasd.Pipeline;

/// <summary>The stages of the default pipeline, in order. Each later issue adds its stage here.</summary>
public static class StageRegistry
{
    public static IEnumerable<IDocumentStage> DocumentStages()
    {
        // clean → items → language → time → actors → events
        yield return new Rasd.Time.TimeStage();
    }

    public static IEnumerable<ICorpusStage> CorpusStages()
    {
        // near-duplicates → entities → events → stories
        yield break;
    }
}
