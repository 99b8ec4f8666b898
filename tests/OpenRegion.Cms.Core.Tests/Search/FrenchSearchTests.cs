using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Tests.Search;

public sealed class FrenchSearchTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SearchIndex _index;

    public FrenchSearchTests()
    {
        _index = new SearchIndex(_folder.Path, "region", "fr");
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private void Add(params SearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            _index.Upsert(document);
        }

        _index.Commit();
    }

    private List<string> Ids(string text) => _index.Search(new SearchQuery(text)).Hits.Select(h => h.Id).ToList();

    [Theory]
    [InlineData("électricité")]
    [InlineData("electricite")]
    [InlineData("Électricités")]
    [InlineData("ELECTRICITE")]
    public void Accented_and_unaccented_forms_meet(string query)
    {
        Add(
            SearchSamples.Doc("accented", "fr", "Gestion de l'électricité", "Suivi des factures d'eau et d'électricité des bâtiments de la région."),
            SearchSamples.Doc("plain", "fr", "Factures", "Suivi des factures d'electricite saisies sans accents."));

        Ids(query).OrderBy(id => id).ShouldBe(["accented", "plain"]);
    }

    [Theory]
    [InlineData("l'eau")]
    [InlineData("l’eau")]
    [InlineData("eau")]
    public void Elided_articles_are_removed(string query)
    {
        Add(SearchSamples.French());

        Ids(query).ShouldBe(["schema-directeur:fr"]);
    }

    [Fact]
    public void Plural_finds_singular()
    {
        // The text has "projet"; the query asks for "projets".
        Add(SearchSamples.French());

        Ids("projets").ShouldBe(["schema-directeur:fr"]);
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        Add(
            SearchSamples.Doc("body-only", "fr", "Conseil régional", "La plateforme MAJALISS gère les sessions du conseil."),
            SearchSamples.Doc("in-title", "fr", "La plateforme MAJALISS", "Gestion des sessions du conseil régional."));

        Ids("plateforme").ShouldBe(["in-title", "body-only"]);
    }

    [Theory]
    [InlineData("le la les de des du")]
    [InlineData("?! … ; , . « »")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public void Query_without_searchable_words_returns_nothing(string? query)
    {
        Add(SearchSamples.French());

        var results = _index.Search(new SearchQuery(query));

        results.TotalHits.ShouldBe(0);
        results.Hits.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("title:(foo AND \"bar*")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("eau:")]
    [InlineData("(AND OR NOT)")]
    [InlineData("~!^[]{}\\/-+&&||")]
    [InlineData("électricité~2 AND region^10")]
    public void Lucene_syntax_characters_never_throw(string query)
    {
        Add(SearchSamples.French());

        Should.NotThrow(() => _index.Search(new SearchQuery(query)));
    }

    [Theory]
    [InlineData("\"eau\"")]
    [InlineData("eau*")]
    [InlineData("(eau)")]
    public void Syntax_characters_are_read_as_plain_text(string query)
    {
        Add(SearchSamples.French());

        Ids(query).ShouldBe(["schema-directeur:fr"]);
    }

    [Fact]
    public void Snippet_marks_matched_words_and_is_cut_around_them()
    {
        Add(SearchSamples.French());

        var hit = _index.Search(new SearchQuery("électricité")).Hits.ShouldHaveSingleItem();

        hit.SnippetHtml.ShouldContain("l&#x27;<mark>électricité</mark>");
        hit.SnippetHtml.ShouldStartWith("…");
        hit.SnippetHtml.ShouldEndWith("conventions.");
        hit.SnippetHtml.Length.ShouldBeLessThan(300);
    }

    [Fact]
    public void Title_is_highlighted_too()
    {
        Add(SearchSamples.French());

        var hit = _index.Search(new SearchQuery("informatisation")).Hits.ShouldHaveSingleItem();

        // The elided article stays outside the mark.
        hit.TitleHtml.ShouldBe("Schéma directeur d’<mark>informatisation</mark> de la région");
        hit.Title.ShouldBe(SearchSamples.FrenchTitle);
    }
}
