using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Tests.Content;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("La région ouverte", "la-region-ouverte")]
    [InlineData("  Électricité : 12 projets !  ", "electricite-12-projets")]
    [InlineData("الجهة المنفتحة", "الجهة-المنفتحة")]
    [InlineData("المُشَارَكَة المواطنـــة", "المشاركة-المواطنة")]
    [InlineData("Plan d'action OGP 2022-2027", "plan-d-action-ogp-2022-2027")]
    [InlineData("", "")]
    [InlineData("!!!", "")]
    public void FromTitle_MakesReadableSlugsInBothScripts(string title, string expected) =>
        Slugs.FromTitle(title).ShouldBe(expected);

    [Theory]
    [InlineData("evil\u202Egnp.exe")]
    [InlineData("\u2067الجهة\u2069")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("soft\u00ADhyphen")]
    public void FromTitle_DropsBidiOverridesAndInvisibleCharacters(string title)
    {
        var slug = Slugs.FromTitle(title);

        slug.ShouldNotBeEmpty();
        slug.Any(Slugs.IsInvisible).ShouldBeFalse();
        Slugs.Problem(slug).ShouldBeNull();
    }

    [Theory]
    [InlineData("region\u202Eetuor", "invisible")]
    [InlineData("\u200Fالجهة", "invisible")]
    [InlineData("Region", "lowercase")]
    [InlineData("a b", "lowercase")]
    [InlineData("a/b", "lowercase")]
    [InlineData("-a", "hyphen")]
    [InlineData("a--b", "hyphen")]
    [InlineData("", "required")]
    public void Problem_ExplainsWhatIsWrong(string slug, string expectedWord) =>
        Slugs.Problem(slug)!.ShouldContain(expectedWord);

    [Fact]
    public void Problem_AcceptsArabicAndLatinSlugs()
    {
        Slugs.Problem("الجهة-المنفتحة").ShouldBeNull();
        Slugs.Problem("region-ouverte-2022").ShouldBeNull();
    }

    [Fact]
    public void FromTitle_CutsLongTitlesWithoutATrailingHyphen()
    {
        var slug = Slugs.FromTitle(string.Join(' ', Enumerable.Repeat("participation", 20)));

        slug.Length.ShouldBeLessThanOrEqualTo(Slugs.MaxLength);
        slug.ShouldNotEndWith("-");
    }
}
