namespace Rasd.Tests.Actors;

/// <summary>Finds ../shared by walking up from the test binaries to a folder holding shared/contract.</summary>
internal static class SharedData
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "contract"))) return candidate;
            dir = dir.Parent;
        }
        throw new InvalidOperationException($"shared/ (with shared/contract) not found above {AppContext.BaseDirectory}: the ANERcorp evaluation needs ../shared/data/anercorp");
    }

    public static string Combine(params string[] parts) => Path.Combine(new[] { Root() }.Concat(parts).ToArray());
}
