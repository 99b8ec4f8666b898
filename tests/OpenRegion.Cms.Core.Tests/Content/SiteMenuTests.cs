using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Tests.Content;

public sealed class SiteMenuTests
{
    [Fact]
    public void A_markdown_list_gives_its_links_in_order()
    {
        var links = SiteMenu.Parse("- [Budget 2027](/pages/budget-2027)\n* [Portail national](https://www.maroc.ma)\n\nTexte libre\n+ [الجهة المنفتحة](/pages/%D8%A7)");

        links.ShouldBe(
        [
            new MenuLink("Budget 2027", "/pages/budget-2027", true),
            new MenuLink("Portail national", "https://www.maroc.ma", false),
            new MenuLink("الجهة المنفتحة", "/pages/%D8%A7", true),
        ]);
    }

    [Theory]
    [InlineData("- [x](javascript:alert(1))")]
    [InlineData("- [x](data:text/html,hi)")]
    [InlineData("- [x](//evil.example/path)")]
    [InlineData("- [x](/\\evil.example)")]
    [InlineData("- [x](ftp://files.example)")]
    [InlineData("- [x](pages/relative)")]
    [InlineData("- [](/empty-label)")]
    [InlineData("- [x](/pages/\u202Eevil)")]
    public void Unsafe_or_unusable_links_are_dropped(string markdown) => SiteMenu.Parse(markdown).ShouldBeEmpty();

    [Fact]
    public void At_most_twelve_links_are_kept() =>
        SiteMenu.Parse(string.Join('\n', Enumerable.Range(1, 20).Select(i => $"- [Lien {i}](/pages/p{i})"))).Count.ShouldBe(SiteMenu.MaxLinks);
}
