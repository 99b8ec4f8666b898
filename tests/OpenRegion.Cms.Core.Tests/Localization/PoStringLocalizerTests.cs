using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Localization;

namespace OpenRegion.Cms.Core.Tests.Localization;

public sealed class PoStringLocalizerTests
{
    private static PoLocalizationStore CreateStore()
    {
        var options = new PoLocalizationOptions();
        options.Assemblies.Add(new FakeResourceAssembly("OpenRegion.Pages", new Dictionary<string, string>
        {
            ["OpenRegion.Pages.Localization.ar.po"] = PoSamples.Arabic,
            ["OpenRegion.Pages.Localization.fr.po"] = PoSamples.French,
        }));
        return new PoLocalizationStore(options);
    }

    [Fact]
    public void Returns_the_translation_of_the_current_ui_culture()
    {
        var localizer = new PoStringLocalizerFactory(CreateStore()).Create(typeof(PoStringLocalizerTests));

        using (new CultureScope("ar-MA"))
        {
            var home = localizer["Home"];
            home.Value.ShouldBe("الصفحة الرئيسية");
            home.ResourceNotFound.ShouldBeFalse();
            localizer["Welcome, {0}", "فاطمة"].Value.ShouldBe("مرحبا، فاطمة");
        }

        using (new CultureScope("fr"))
        {
            localizer["Home"].Value.ShouldBe("Accueil");
        }
    }

    [Fact]
    public void Missing_translation_returns_the_msgid_with_resource_not_found()
    {
        var localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("ar");

        var missing = localizer["Budget participatif"];
        missing.Name.ShouldBe("Budget participatif");
        missing.Value.ShouldBe("Budget participatif");
        missing.ResourceNotFound.ShouldBeTrue();

        var formatted = localizer["{0} projects in {1}", 3, "Tanger"];
        formatted.Value.ShouldBe("3 projects in Tanger");
        formatted.ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void Culture_without_a_catalog_returns_the_msgid()
    {
        var localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("zgh");

        var home = localizer["Home"];

        home.Value.ShouldBe("Home");
        home.ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void Type_and_name_based_localizers_use_the_global_strings()
    {
        var factory = new PoStringLocalizerFactory(CreateStore());
        using var culture = new CultureScope("fr");

        factory.Create(typeof(PoStringLocalizerTests))["Sign"].Value.ShouldBe("Signer");
        factory.Create("OpenRegion.Petitions.Views", "OpenRegion.Petitions")["Sign"].Value.ShouldBe("Signer");
    }

    [Fact]
    public void Context_localizer_prefers_its_msgctxt_then_the_global_strings()
    {
        var factory = new PoStringLocalizerFactory(CreateStore());
        var petitions = factory.CreateForContext("Petitions");
        using var culture = new CultureScope("ar");

        petitions.Context.ShouldBe("Petitions");
        petitions["Sign"].Value.ShouldBe("وقّع العريضة");
        petitions["Home"].Value.ShouldBe("الصفحة الرئيسية");
        factory.CreateForContext("Petitions").ShouldBeSameAs(petitions);
    }

    [Theory]
    [InlineData(0, "لا توجد أي عريضة")]
    [InlineData(1, "عريضة واحدة")]
    [InlineData(2, "عريضتان")]
    [InlineData(3, "3 عرائض")]
    [InlineData(10, "10 عرائض")]
    [InlineData(11, "11 عريضةً")]
    [InlineData(99, "99 عريضةً")]
    [InlineData(100, "100 عريضة")]
    [InlineData(103, "103 عرائض")]
    public void Plural_uses_the_arabic_forms_under_an_arabic_ui_culture(long count, string expected)
    {
        IStringLocalizer localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("ar");

        var text = localizer.Plural(count, "{0} petition", "{0} petitions");

        text.Value.ShouldBe(expected);
        text.Name.ShouldBe("{0} petition");
        text.ResourceNotFound.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, "0 pétition")]
    [InlineData(1, "1 pétition")]
    [InlineData(2, "2 pétitions")]
    [InlineData(150, "150 pétitions")]
    public void Plural_treats_zero_as_singular_under_a_french_ui_culture(long count, string expected)
    {
        IStringLocalizer localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("fr-MA");

        localizer.Plural(count, "{0} petition", "{0} petitions").Value.ShouldBe(expected);
    }

    [Fact]
    public void Plural_formats_with_the_given_arguments_instead_of_the_count()
    {
        IStringLocalizer localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("fr");

        localizer.Plural(2, "{0} petition", "{0} petitions", "deux").Value.ShouldBe("deux pétitions");
    }

    [Fact]
    public void Untranslated_plural_falls_back_to_the_msgids()
    {
        IStringLocalizer localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("fr");

        var one = localizer.Plural(1, "{0} comment", "{0} comments");
        one.Value.ShouldBe("1 comment");
        one.ResourceNotFound.ShouldBeTrue();
        localizer.Plural(0, "{0} comment", "{0} comments").Value.ShouldBe("0 comments");
        localizer.Plural(4, "{0} comment", "{0} comments").Value.ShouldBe("4 comments");
    }

    [Fact]
    public void Plural_on_another_localizer_asks_for_the_singular_or_plural_msgid()
    {
        var other = new DictionaryLocalizer(new Dictionary<string, string>
        {
            ["{0} petition"] = "{0} pétition (resx)",
            ["{0} petitions"] = "{0} pétitions (resx)",
        });

        other.Plural(1, "{0} petition", "{0} petitions").Value.ShouldBe("1 pétition (resx)");
        other.Plural(5, "{0} petition", "{0} petitions").Value.ShouldBe("5 pétitions (resx)");
    }

    [Fact]
    public void GetAllStrings_returns_the_catalog_strings_of_the_current_culture()
    {
        var store = CreateStore();
        using var culture = new CultureScope("fr");

        var global = new PoStringLocalizer(store).GetAllStrings(includeParentCultures: true).ToList();
        global.ShouldContain(s => s.Name == "Home" && s.Value == "Accueil");
        global.ShouldContain(s => s.Name == "Sign" && s.Value == "Signer");
        global.ShouldAllBe(s => !s.ResourceNotFound);

        var petitions = new PoStringLocalizer(store, "Petitions").GetAllStrings(includeParentCultures: true).ToList();
        petitions.Single(s => s.Name == "Sign").Value.ShouldBe("Signer la pétition");
    }

    [Fact]
    public void GetAllStrings_without_parent_cultures_uses_only_the_exact_culture()
    {
        var localizer = new PoStringLocalizer(CreateStore());
        using var culture = new CultureScope("fr-MA");

        localizer.GetAllStrings(includeParentCultures: false).ShouldBeEmpty();
        localizer.GetAllStrings(includeParentCultures: true).ShouldNotBeEmpty();
    }

    [Fact]
    public void AddPoLocalization_replaces_the_factory_and_makes_injected_localizers_plural_aware()
    {
        using var directory = new TempDirectory();
        directory.Write("Petitions/ar.po", PoSamples.Arabic);
        var services = new ServiceCollection();
        services.AddLocalization();
        services.AddPoLocalization(options => options.OverridesDirectory = directory.Path);
        using var provider = services.BuildServiceProvider();
        using var culture = new CultureScope("ar");

        provider.GetRequiredService<IStringLocalizerFactory>().ShouldBeOfType<PoStringLocalizerFactory>();
        provider.GetRequiredService<PoLocalizationStore>().ShouldBeSameAs(provider.GetRequiredService<PoLocalizationStore>());
        var localizer = provider.GetRequiredService<IStringLocalizer<PoStringLocalizerTests>>();
        localizer["Home"].Value.ShouldBe("الصفحة الرئيسية");
        localizer.Plural(2, "{0} petition", "{0} petitions").Value.ShouldBe("عريضتان");
    }

    [Fact]
    public void AddPoLocalization_without_configuration_reads_nothing()
    {
        var services = new ServiceCollection();
        services.AddPoLocalization();
        using var provider = services.BuildServiceProvider();
        using var culture = new CultureScope("fr");

        var localizer = provider.GetRequiredService<IStringLocalizer<PoStringLocalizerTests>>();

        localizer["Home"].ResourceNotFound.ShouldBeTrue();
        localizer.Plural(3, "{0} petition", "{0} petitions").Value.ShouldBe("3 petitions");
    }

    private sealed class DictionaryLocalizer(Dictionary<string, string> strings) : IStringLocalizer
    {
        public LocalizedString this[string name] =>
            strings.TryGetValue(name, out var value)
                ? new LocalizedString(name, value)
                : new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, this[name].Value, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            strings.Select(pair => new LocalizedString(pair.Key, pair.Value));
    }
}
