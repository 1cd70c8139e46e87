namespace MarginInsurance.LocalChain;

/// <summary>Finds the repository root (the folder holding MarginInsurance.sln).</summary>
public static class RepositoryRoot
{
    /// <summary>Walks up from <paramref name="start"/> (default: the app base directory) to the repository root.</summary>
    public static string Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarginInsurance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"MarginInsurance.sln not found above '{start ?? AppContext.BaseDirectory}'; run from inside the repository.");
    }
}
