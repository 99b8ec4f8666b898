using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OpenRegion.Cms.Core.Search;

/// <summary>
/// The Lucene index of one tenant in one culture, in its own folder. Writes go through a single, thread-safe
/// IndexWriter; readers see them after <see cref="Commit"/>, which refreshes the near-real-time searcher.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string IdField = "id";
    public const string TypeField = "type";
    public const string TitleField = "title";
    public const string BodyField = "body";
    public const string UrlField = "url";
    public const string PublishedField = "published";

    /// <summary>Title matches count double: a word in the title says more about the page than one in the body.</summary>
    public const float TitleBoost = 2f;

    /// <summary>Beyond this, further words of a query are ignored (keeps the query far below Lucene's clause limit).</summary>
    public const int MaxQueryTerms = 24;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private int _disposed;

    public SearchIndex(string folder, string tenantId, string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        Folder = Path.GetFullPath(folder);
        TenantId = tenantId;
        Culture = culture;
        Analyzer = SearchAnalyzers.For(culture);

        System.IO.Directory.CreateDirectory(Folder);
        _directory = FSDirectory.Open(Folder);
        try
        {
            var config = new IndexWriterConfig(SearchAnalyzers.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
            _writer = new IndexWriter(_directory, config);
            try
            {
                _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
            }
            catch
            {
                _writer.Dispose();
                throw;
            }
        }
        catch
        {
            _directory.Dispose();
            throw;
        }
    }

    public string Folder { get; }

    public string TenantId { get; }

    public string Culture { get; }

    public Analyzer Analyzer { get; }

    /// <summary>Adds the document, or replaces the one with the same <see cref="SearchDocument.Id"/>.</summary>
    public void Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.ContentType);
        // A mismatch would leak one tenant's (or culture's) content into another's results.
        if (!string.Equals(document.TenantId, TenantId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Document of tenant '{document.TenantId}' given to the index of tenant '{TenantId}'.", nameof(document));
        }

        if (!string.Equals(document.Culture, Culture, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Document in culture '{document.Culture}' given to the '{Culture}' index.", nameof(document));
        }

        ThrowIfDisposed();
        var ticks = document.PublishedUtc.UtcTicks;
        var fields = new Document
        {
            new StringField(IdField, document.Id, Field.Store.YES),
            new StringField(TypeField, document.ContentType, Field.Store.YES),
            new TextField(TitleField, document.Title ?? "", Field.Store.YES),
            new TextField(BodyField, SearchText.ToPlainText(document.Body), Field.Store.YES),
            new StoredField(UrlField, document.Url ?? ""),
            new Int64Field(PublishedField, ticks, Field.Store.YES),
            new NumericDocValuesField(PublishedField, ticks),
        };
        _writer.UpdateDocument(new Term(IdField, document.Id), fields);
    }

    public void Delete(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfDisposed();
        _writer.DeleteDocuments(new Term(IdField, id));
    }

    /// <summary>Makes pending changes durable and visible to the next search.</summary>
    public void Commit()
    {
        ThrowIfDisposed();
        _writer.Commit();
        // Blocking, so that a change committed here is visible when this returns even if another thread is refreshing.
        _searchers.MaybeRefreshBlocking();
    }

    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        var clock = Stopwatch.StartNew();
        var text = query.Text ?? "";
        if (text.Length > SearchQuery.MaxTextLength)
        {
            text = text[..SearchQuery.MaxTextLength];
        }

        var terms = SearchAnalyzers.Terms(Analyzer, text).Take(MaxQueryTerms).ToList();
        if (terms.Count == 0)
        {
            return SearchResults.Empty with { TookMs = clock.Elapsed.TotalMilliseconds };
        }

        var skip = Math.Clamp(query.Skip, 0, SearchQuery.MaxSkip);
        var take = Math.Clamp(query.Take, 1, SearchQuery.MaxTake);
        var filter = string.IsNullOrWhiteSpace(query.ContentType)
            ? null
            : new QueryWrapperFilter(new TermQuery(new Term(TypeField, query.ContentType)));

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(BuildQuery(terms, query.RequireAllTerms), filter, skip + take);
            var hits = new List<SearchHit>(Math.Max(0, Math.Min(take, top.ScoreDocs.Length - skip)));
            foreach (var scoreDoc in top.ScoreDocs.Skip(skip))
            {
                hits.Add(ToHit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, terms));
            }

            return new SearchResults(top.TotalHits, hits, clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _searchers.Dispose();
        // Disposing the writer commits what is pending and releases the folder's write lock.
        _writer.Dispose();
        _directory.Dispose();
    }

    private static BooleanQuery BuildQuery(List<string> terms, bool requireAll)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            // Each word may be found in the title or in the body.
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(TitleField, term)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term(BodyField, term)), Occur.SHOULD },
            };
            query.Add(either, requireAll ? Occur.MUST : Occur.SHOULD);
        }

        return query;
    }

    private SearchHit ToHit(Document document, float score, List<string> terms)
    {
        var title = document.Get(TitleField) ?? "";
        var ticks = document.GetField(PublishedField)?.GetInt64Value() ?? 0L;
        return new SearchHit(
            Id: document.Get(IdField) ?? "",
            ContentType: document.Get(TypeField) ?? "",
            Title: title,
            Url: document.Get(UrlField) ?? "",
            PublishedUtc: new DateTimeOffset(ticks, TimeSpan.Zero),
            Score: score,
            SnippetHtml: SearchHighlighter.Snippet(Analyzer, document.Get(BodyField), terms),
            TitleHtml: SearchHighlighter.Highlight(Analyzer, title, terms));
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
