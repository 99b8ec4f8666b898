using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Tests.Search;

public sealed class ArabicSearchTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SearchIndex _index;

    public ArabicSearchTests()
    {
        _index = new SearchIndex(_folder.Path, "region", "ar");
        _index.Upsert(SearchSamples.Arabic());
        _index.Upsert(SearchSamples.Doc("other:ar", "ar", "برمجة رمضانية على القناة الثقافية", "برمجة رمضانية تجمع بين الروحانية والمعرفة."));
        _index.Commit();
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Word_without_prefix_finds_the_word_with_wa_al_prefix()
    {
        var results = _index.Search(new SearchQuery("مشاركة"));

        results.TotalHits.ShouldBe(1);
        results.Hits[0].Id.ShouldBe("communique-ogp:ar");
    }

    [Fact]
    public void Harakat_and_tatweel_in_the_query_are_normalized_away()
    {
        _index.Search(new SearchQuery("مُشاركـة")).Hits.Select(h => h.Id).ShouldBe(["communique-ogp:ar"]);
    }

    [Fact]
    public void Singular_with_teh_marbuta_finds_the_feminine_plural()
    {
        // Light stemming: "الجماعة" and "الجماعات" both become "جماع".
        _index.Search(new SearchQuery("الجماعة")).Hits.Select(h => h.Id).ShouldBe(["communique-ogp:ar"]);
    }

    [Fact]
    public void Hamza_forms_of_alef_are_normalized()
    {
        // The text has "الانضمام"; the query writes the alef with hamza below.
        _index.Search(new SearchQuery("إنضمام")).Hits.Select(h => h.Id).ShouldBe(["communique-ogp:ar"]);
    }

    [Fact]
    public void Snippet_marks_the_original_word_with_its_prefix()
    {
        var hit = _index.Search(new SearchQuery("مشاركة")).Hits.ShouldHaveSingleItem();

        hit.SnippetHtml.ShouldContain("<mark>والمشاركة</mark>");
        hit.SnippetHtml.ShouldNotContain("&#x"); // Arabic stays readable, not escaped letter by letter.
    }

    [Fact]
    public void Stop_words_only_query_returns_nothing()
    {
        var results = _index.Search(new SearchQuery("في من على إلى"));

        results.TotalHits.ShouldBe(0);
        results.Hits.ShouldBeEmpty();
    }

    [Fact]
    public void All_words_are_required_by_default()
    {
        _index.Search(new SearchQuery("مشاركة رمضانية")).TotalHits.ShouldBe(0);
        _index.Search(new SearchQuery("مشاركة رمضانية", RequireAllTerms: false)).TotalHits.ShouldBe(2);
    }
}
