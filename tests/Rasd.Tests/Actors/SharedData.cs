namespace Rasd.Tests.Actors;

/// <summary>Finds ../shared by walking up from the test binaries to a folder holding shared/contract.</summary>
internal static class SharedData
{
    public static string Root() => TestFiles.Shared();

    public static string Combine(params string[] parts) => Path.Combine(new[] { Root() }.Concat(parts).ToArray());
}
