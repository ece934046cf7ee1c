namespace Rasd.Tests.Cli;

/// <summary>Finds ../shared (the contract, examples, data) by walking up from the test binaries.</summary>
public static class SharedFiles
{
    public static string Root => TestFiles.Shared();

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);
}
