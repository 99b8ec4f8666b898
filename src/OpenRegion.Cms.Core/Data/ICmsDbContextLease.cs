namespace OpenRegion.Cms.Core.Data;

/// <summary>A context created outside a request's scope; dispose it when done.</summary>
public interface ICmsDbContextLease : IAsyncDisposable, IDisposable
{
    ICmsDbContext Db { get; }
}
