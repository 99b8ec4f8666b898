using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Tests.Search;

public sealed class SearchHighlighterTests
{
    private static string Snippet(string text, string query) =>
        SearchHighlighter.Snippet(SearchAnalyzers.French, text, SearchAnalyzers.Terms(SearchAnalyzers.French, query));

    private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("Le conseil délibère", words));

    [Fact]
    public void Short_text_is_returned_whole_without_ellipsis()
    {
        Snippet("Le conseil adopte le budget.", "budget").ShouldBe("Le conseil adopte le <mark>budget</mark>.");
    }

    [Fact]
    public void Long_text_is_cut_around_the_densest_cluster_of_matches()
    {
        var text = "Budget annexe. " + Filler(40) + " Le budget régional et le budget participatif : budget voté. " + Filler(40);

        var snippet = Snippet(text, "budget");

        snippet.ShouldStartWith("…");
        snippet.ShouldEndWith("…");
        snippet.Split("<mark>").Length.ShouldBe(4); // the cluster of three, not the lone "Budget" at the start
        snippet.ShouldNotContain("annexe");
        snippet.ShouldContain("<mark>budget</mark> participatif");
        snippet.Replace("<mark>", "").Replace("</mark>", "").Length.ShouldBeLessThanOrEqualTo(SearchHighlighter.DefaultSnippetLength + 2);
    }

    [Fact]
    public void Cuts_fall_between_words()
    {
        var snippet = Snippet(Filler(30) + " la plateforme MAJALISS " + Filler(30), "plateforme");

        snippet.ShouldStartWith("…");
        snippet.ShouldEndWith("…");
        string[] whole = ["Le", "conseil", "délibère", "la", "<mark>plateforme</mark>", "MAJALISS"];
        snippet.Trim('…').Split(' ').Except(whole).ShouldBeEmpty();
    }

    [Fact]
    public void Without_match_the_start_of_the_text_is_shown()
    {
        var snippet = Snippet(Filler(40), "plateforme");

        snippet.ShouldStartWith("Le conseil délibère");
        snippet.ShouldEndWith("…");
        snippet.ShouldNotContain("<mark>");
    }

    [Fact]
    public void Line_breaks_become_spaces()
    {
        Snippet("Eau\r\nélectricité\tpatrimoine", "patrimoine").ShouldBe("Eau  électricité <mark>patrimoine</mark>");
    }

    [Fact]
    public void Highlight_encodes_the_whole_text()
    {
        SearchHighlighter.Highlight(SearchAnalyzers.French, "Eau & électricité <b>", SearchAnalyzers.Terms(SearchAnalyzers.French, "electricite"))
            .ShouldBe("Eau &amp; <mark>électricité</mark> &lt;b&gt;");
    }

    [Fact]
    public void Arabic_snippet_marks_prefixed_and_inflected_forms()
    {
        var terms = SearchAnalyzers.Terms(SearchAnalyzers.Arabic, "الجماعة الترابية");

        var snippet = SearchHighlighter.Snippet(SearchAnalyzers.Arabic, SearchSamples.ArabicBody, terms);

        snippet.ShouldContain("<mark>الجماعات</mark> <mark>الترابية</mark>");
        snippet.ShouldStartWith("…");
    }
}
