using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SearchIndex _index;

    public SearchIndexTests()
    {
        _index = new SearchIndex(_folder.Path, "region", "fr");
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private SearchResults Search(string text, string? contentType = null) => _index.Search(new SearchQuery(text, contentType));

    [Fact]
    public void Hit_carries_the_stored_fields()
    {
        _index.Upsert(SearchSamples.French());
        _index.Commit();

        var hit = Search("plateforme").Hits.ShouldHaveSingleItem();

        hit.Id.ShouldBe("schema-directeur:fr");
        hit.ContentType.ShouldBe("Page");
        hit.Title.ShouldBe(SearchSamples.FrenchTitle);
        hit.Url.ShouldBe("/fr/schema-directeur");
        hit.PublishedUtc.ShouldBe(SearchSamples.Published);
        hit.Score.ShouldBeGreaterThan(0f);
    }

    [Fact]
    public void Changes_are_visible_after_commit()
    {
        _index.Upsert(SearchSamples.French());

        Search("plateforme").TotalHits.ShouldBe(0);
        _index.Commit();
        Search("plateforme").TotalHits.ShouldBe(1);
    }

    [Fact]
    public void Content_type_filter_keeps_only_that_type()
    {
        _index.Upsert(SearchSamples.Doc("news-1", "fr", "Coupure d'eau", "Coupure d'eau prévue à Beni Mellal.", "News"));
        _index.Upsert(SearchSamples.Doc("page-1", "fr", "Services de l'eau", "Le service de l'eau de la région.", "Page"));
        _index.Upsert(SearchSamples.Doc("event-1", "fr", "Journée de l'eau", "Journée mondiale de l'eau.", "Event"));
        _index.Commit();

        Search("eau").TotalHits.ShouldBe(3);
        var news = Search("eau", "News");
        news.TotalHits.ShouldBe(1);
        news.Hits.ShouldHaveSingleItem().Id.ShouldBe("news-1");
        Search("eau", "Event").Hits.Select(h => h.Id).ShouldBe(["event-1"]);
        Search("eau", "Unknown").TotalHits.ShouldBe(0);
    }

    [Fact]
    public void Delete_removes_the_hit()
    {
        _index.Upsert(SearchSamples.French());
        _index.Commit();
        Search("plateforme").TotalHits.ShouldBe(1);

        _index.Delete("schema-directeur:fr");
        _index.Commit();

        Search("plateforme").TotalHits.ShouldBe(0);
    }

    [Fact]
    public void Delete_of_an_unknown_id_is_harmless()
    {
        _index.Upsert(SearchSamples.French());
        _index.Delete("never-indexed");
        _index.Commit();

        Search("plateforme").TotalHits.ShouldBe(1);
    }

    [Fact]
    public void Upsert_replaces_the_document_with_the_same_id()
    {
        _index.Upsert(SearchSamples.Doc("news-1", "fr", "Ancien titre", "Le conseil adopte le programme."));
        _index.Commit();
        _index.Upsert(SearchSamples.Doc("news-1", "fr", "Nouveau titre", "Le conseil adopte le programme révisé."));
        _index.Upsert(SearchSamples.Doc("news-1", "fr", "Nouveau titre", "Le conseil adopte le programme révisé."));
        _index.Commit();

        var hit = Search("programme").Hits.ShouldHaveSingleItem();
        hit.Title.ShouldBe("Nouveau titre");
        Search("ancien").TotalHits.ShouldBe(0);
    }

    [Fact]
    public void Snippet_is_encoded_html()
    {
        _index.Upsert(SearchSamples.Doc("xss", "fr", "Titre <b>gras</b>", "Attention <script>alert('x')</script> & plateforme \"MAJALISS\"."));
        _index.Commit();

        var hit = Search("plateforme gras").Hits.ShouldHaveSingleItem();

        hit.SnippetHtml.ShouldNotContain("<script");
        hit.SnippetHtml.ShouldContain("&lt;script&gt;");
        hit.SnippetHtml.ShouldContain("&amp;");
        hit.SnippetHtml.ShouldContain("<mark>plateforme</mark>");
        hit.TitleHtml.ShouldBe("Titre &lt;b&gt;<mark>gras</mark>&lt;/b&gt;");
    }

    [Fact]
    public void Markdown_punctuation_is_left_out_of_snippets()
    {
        _index.Upsert(SearchSamples.Doc("md", "fr", "Programme", "## Programme\n\nLe **conseil** publie le [budget](/fr/budget) de la région."));
        _index.Commit();

        Search("budget").Hits.ShouldHaveSingleItem().SnippetHtml.ShouldBe("Programme Le conseil publie le <mark>budget</mark> de la région.");
    }

    [Fact]
    public void Paging_skips_and_takes()
    {
        for (var i = 0; i < 5; i++)
        {
            _index.Upsert(SearchSamples.Doc($"news-{i}", "fr", $"Actualité {i}", "Réunion du conseil régional."));
        }

        _index.Commit();

        var first = _index.Search(new SearchQuery("conseil", Take: 2));
        var last = _index.Search(new SearchQuery("conseil", Skip: 4, Take: 2));
        var beyond = _index.Search(new SearchQuery("conseil", Skip: 10));

        first.TotalHits.ShouldBe(5);
        first.Hits.Count.ShouldBe(2);
        last.Hits.Count.ShouldBe(1);
        first.Hits.Select(h => h.Id).ShouldNotContain(last.Hits[0].Id);
        beyond.TotalHits.ShouldBe(5);
        beyond.Hits.ShouldBeEmpty();
    }

    [Fact]
    public void Take_is_capped_and_negative_paging_is_clamped()
    {
        for (var i = 0; i < SearchQuery.MaxTake + 5; i++)
        {
            _index.Upsert(SearchSamples.Doc($"news-{i}", "fr", $"Actualité {i}", "Réunion du conseil régional."));
        }

        _index.Commit();

        _index.Search(new SearchQuery("conseil", Take: 1000)).Hits.Count.ShouldBe(SearchQuery.MaxTake);
        _index.Search(new SearchQuery("conseil", Skip: -3, Take: -1)).Hits.Count.ShouldBe(1);
    }

    [Fact]
    public void Document_of_another_tenant_or_culture_is_refused()
    {
        Should.Throw<ArgumentException>(() => _index.Upsert(SearchSamples.French(tenantId: "azilal")));
        Should.Throw<ArgumentException>(() => _index.Upsert(SearchSamples.Arabic()));
    }

    [Fact]
    public void Committed_documents_survive_reopening()
    {
        using var folder = new TempDirectory();
        using (var index = new SearchIndex(folder.Path, "region", "fr"))
        {
            index.Upsert(SearchSamples.French());
            index.Commit();
        }

        using var reopened = new SearchIndex(folder.Path, "region", "fr");
        reopened.Search(new SearchQuery("plateforme")).TotalHits.ShouldBe(1);
    }

    [Fact]
    public void Disposed_index_refuses_work()
    {
        using var folder = new TempDirectory();
        var index = new SearchIndex(folder.Path, "region", "fr");
        index.Dispose();
        index.Dispose();

        Should.Throw<ObjectDisposedException>(() => index.Search(new SearchQuery("plateforme")));
        Should.Throw<ObjectDisposedException>(() => index.Upsert(SearchSamples.French()));
    }
}
