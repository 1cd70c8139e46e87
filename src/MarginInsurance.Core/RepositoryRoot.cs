namespace MarginInsurance;

/// <summary>
/// The one repository-root finder: the folder holding MarginInsurance.sln, searched upwards from a start folder
/// (default: the app base directory) and then from the current directory. Used by the CLI and keeper to find
/// deployments/ and data/, by the tests, the benchmarks and tools/VectorGen (which compiles this file in, to stay
/// independent of Core).
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The file that marks the repository root.</summary>
    public const string Marker = "MarginInsurance.sln";

    /// <summary>The repository root above <paramref name="start"/> (default: the app base directory) or above the current directory.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above either start holds MarginInsurance.sln.</exception>
    public static string Find(string? start = null) =>
        TryFind(start) ?? throw new DirectoryNotFoundException(
            $"{Marker} not found above '{start ?? AppContext.BaseDirectory}' or '{Directory.GetCurrentDirectory()}'; run from inside the repository.");

    /// <summary>As <see cref="Find"/>, or null when there is no repository root (an installed tool run elsewhere).</summary>
    public static string? TryFind(string? start = null) =>
        FirstAbove(d => File.Exists(Path.Combine(d, Marker)), start ?? AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    /// <summary>
    /// The first folder named <paramref name="relativeFolder"/> (e.g. data/prices) found walking up from the current
    /// directory and then from the app base directory, repository or not; null when there is none.
    /// </summary>
    public static string? TryFindFolder(string relativeFolder)
    {
        var above = FirstAbove(d => Directory.Exists(Path.Combine(d, relativeFolder)), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        return above is null ? null : Path.Combine(above, relativeFolder);
    }

    private static string? FirstAbove(Func<string, bool> holds, params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (holds(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
