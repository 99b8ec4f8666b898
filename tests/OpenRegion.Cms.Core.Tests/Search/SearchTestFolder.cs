namespace OpenRegion.Cms.Core.Tests.Search;

/// <summary>A fresh folder under the temp directory, deleted when the test ends.</summary>
public sealed class SearchTestFolder : IDisposable
{
    public SearchTestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "openregion-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
