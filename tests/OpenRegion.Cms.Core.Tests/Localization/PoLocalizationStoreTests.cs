using System.Globalization;
using OpenRegion.Cms.Core.Localization;

namespace OpenRegion.Cms.Core.Tests.Localization;

public sealed class PoLocalizationStoreTests
{
    private static readonly CultureInfo ArabicCulture = CultureInfo.GetCultureInfo("ar");
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo MoroccanFrenchCulture = CultureInfo.GetCultureInfo("fr-MA");

    [Fact]
    public void Reads_culture_files_from_the_directory_and_its_module_folders()
    {
        using var directory = new TempDirectory();
        directory.Write("Pages/ar.po", PoSamples.Arabic);
        directory.Write("Petitions/fr.po", "msgid \"Petitions\"\nmsgstr \"Pétitions\"\n");
        directory.Write("fr.po", PoSamples.French);
        directory.Write("notes.txt", "not a PO file");

        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path });

        store.Cultures.ShouldBe(["ar", "fr"], ignoreOrder: true);
        store.GetCatalog(ArabicCulture).ShouldNotBeNull().Translate(null, "Home").ShouldBe("الصفحة الرئيسية");
        var french = store.GetCatalog(FrenchCulture).ShouldNotBeNull();
        french.Translate(null, "Home").ShouldBe("Accueil");
        french.Translate(null, "Petitions").ShouldBe("Pétitions");
    }

    [Fact]
    public void Top_level_files_override_module_folders()
    {
        using var directory = new TempDirectory();
        directory.Write("Pages/fr.po", PoSamples.French);
        directory.Write("fr.po", "msgid \"Home\"\nmsgstr \"Portail de la région\"\n");

        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path });

        store.GetCatalog(FrenchCulture).ShouldNotBeNull().Translate(null, "Home").ShouldBe("Portail de la région");
    }

    [Fact]
    public void Specific_culture_falls_back_to_its_parent()
    {
        using var directory = new TempDirectory();
        directory.Write("fr.po", PoSamples.French);

        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path });

        var catalog = store.GetCatalog(MoroccanFrenchCulture).ShouldNotBeNull();
        catalog.Translate(null, "Home").ShouldBe("Accueil");
        catalog.Culture.Name.ShouldBe("fr-MA");
        store.GetCatalog(MoroccanFrenchCulture, includeParentCultures: false).ShouldBeNull();
    }

    [Fact]
    public void Specific_culture_file_is_layered_over_its_parent()
    {
        using var directory = new TempDirectory();
        directory.Write("fr.po", PoSamples.French);
        directory.Write("fr-MA.po", "msgid \"Sign\"\nmsgstr \"Signer (Maroc)\"\n");

        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path });

        var catalog = store.GetCatalog(MoroccanFrenchCulture).ShouldNotBeNull();
        catalog.Translate(null, "Sign").ShouldBe("Signer (Maroc)");
        catalog.Translate(null, "Home").ShouldBe("Accueil");
        store.GetCatalog(FrenchCulture).ShouldNotBeNull().Translate(null, "Sign").ShouldBe("Signer");
        store.GetCatalog(MoroccanFrenchCulture, includeParentCultures: false).ShouldNotBeNull().Count.ShouldBe(1);
    }

    [Fact]
    public void Culture_without_files_has_no_catalog_and_catalogs_are_cached()
    {
        using var directory = new TempDirectory();
        directory.Write("ar.po", PoSamples.Arabic);

        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path });

        store.GetCatalog(CultureInfo.GetCultureInfo("zgh")).ShouldBeNull();
        store.GetCatalog(CultureInfo.InvariantCulture).ShouldBeNull();
        store.GetCatalog(ArabicCulture).ShouldBeSameAs(store.GetCatalog(CultureInfo.GetCultureInfo("ar")));
    }

    [Fact]
    public void Missing_directory_is_treated_as_empty()
    {
        var path = Path.Combine(Path.GetTempPath(), "openregion-po-missing-" + Guid.NewGuid().ToString("N"));

        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = path });

        store.Cultures.ShouldBeEmpty();
        store.GetCatalog(FrenchCulture).ShouldBeNull();
    }

    [Fact]
    public void Malformed_file_fails_construction_with_its_path_and_line()
    {
        using var directory = new TempDirectory();
        directory.Write("fr.po", PoSamples.French);
        var broken = directory.Write("Pages/ar.po", "msgid \"Home\"\nmsgstr \"الصفحة الرئيسية\n");

        var error = Should.Throw<PoParseException>(
            () => new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path }));

        error.SourceName.ShouldBe(broken);
        error.LineNumber.ShouldBe(2);
    }

    [Fact]
    public void Reads_embedded_resources_and_lets_the_directory_override_them()
    {
        var assembly = new FakeResourceAssembly("OpenRegion.Pages", new Dictionary<string, string>
        {
            ["OpenRegion.Pages.Localization.ar.po"] = PoSamples.Arabic,
            ["OpenRegion.Pages.Localization.fr.po"] = PoSamples.French,
            ["OpenRegion.Pages.Localization.Templates.fr.po"] = "this is ignored: the culture part contains a dot",
            ["OpenRegion.Pages.Views.fr.po"] = "this is ignored: not under Localization",
            ["OpenRegion.Pages.Localization.fr.pot"] = "this is ignored: a template",
        });
        using var directory = new TempDirectory();
        directory.Write("fr.po", "msgid \"Home\"\nmsgstr \"Accueil de la région\"\n");
        var options = new PoLocalizationOptions { OverridesDirectory = directory.Path };
        options.Assemblies.Add(assembly);

        var store = new PoLocalizationStore(options);

        store.GetCatalog(ArabicCulture).ShouldNotBeNull().Translate("Petitions", "Sign").ShouldBe("وقّع العريضة");
        var french = store.GetCatalog(FrenchCulture).ShouldNotBeNull();
        french.Translate(null, "Home").ShouldBe("Accueil de la région");
        french.Translate(null, "Sign").ShouldBe("Signer");
    }

    [Fact]
    public void Later_assemblies_override_earlier_ones()
    {
        var core = new FakeResourceAssembly("OpenRegion.Core", new Dictionary<string, string>
        {
            ["OpenRegion.Core.Localization.fr.po"] = PoSamples.French,
        });
        var theme = new FakeResourceAssembly("OpenRegion.Theme", new Dictionary<string, string>
        {
            ["OpenRegion.Theme.Localization.fr.po"] = "msgid \"Home\"\nmsgstr \"Bienvenue\"\n",
        });
        var options = new PoLocalizationOptions();
        options.Assemblies.AddRange([core, theme]);

        new PoLocalizationStore(options).GetCatalog(FrenchCulture).ShouldNotBeNull()
            .Translate(null, "Home").ShouldBe("Bienvenue");
    }

    [Fact]
    public void Malformed_resource_fails_construction_with_the_resource_name_and_line()
    {
        var options = new PoLocalizationOptions();
        options.Assemblies.Add(new FakeResourceAssembly("OpenRegion.Pages", new Dictionary<string, string>
        {
            ["OpenRegion.Pages.Localization.ar.po"] = "msgid \"Home\"\nmsgstr \"الصفحة الرئيسية\"\nmsgfoo \"x\"\n",
        }));

        var error = Should.Throw<PoParseException>(() => new PoLocalizationStore(options));

        error.SourceName.ShouldBe("OpenRegion.Pages.Localization.ar.po");
        error.LineNumber.ShouldBe(3);
        error.Message.ShouldContain("unknown keyword 'msgfoo'");
    }

    [Fact]
    public void Concurrent_lookups_share_one_catalog()
    {
        using var directory = new TempDirectory();
        directory.Write("ar.po", PoSamples.Arabic);
        var store = new PoLocalizationStore(new PoLocalizationOptions { OverridesDirectory = directory.Path });

        var catalogs = new PoCatalog?[64];
        Parallel.For(0, catalogs.Length, i => catalogs[i] = store.GetCatalog(CultureInfo.GetCultureInfo("ar-MA")));

        catalogs.Distinct().ShouldHaveSingleItem().ShouldNotBeNull().Translate(null, "Home").ShouldBe("الصفحة الرئيسية");
    }
}
