using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Recipes.Steps;
using OpenRegion.Cms.Core.Search;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Recipes;

public sealed class RecipeValidationTests : IDisposable
{
    private const string KnownSteps = "content, features, roles, settings, tenants, theme, users";

    /// <summary>The shipped commune recipe, with the test modules' feature ids, plus settings and users steps.</summary>
    private const string CommuneRecipe = """
        {
          // Comments and trailing commas are allowed.
          "name": "commune",
          "description": "Sets up a commune's site.",
          "steps": [
            { "name": "features", "enable": [ "Test.Pages", "Test.Comments" ], "disable": [] },
            { "name": "theme", "theme": "OpenRegion.Theme.Region" },
            { "name": "roles", "roles": [ { "name": "Editor", "permissions": [ "Pages.Edit" ] }, { "name": "Moderator", "permissions": [ "Comments.Moderate" ] } ] },
            { "name": "settings", "settings": { "Commune.Population": {{tenant.population}}, "Ogp.MemberSince": "2022-05" } },
            {
              "name": "content",
              "items": [
                {
                  "contentType": "HomePage",
                  "published": true,
                  "localizations": {
                    "ar": { "title": "مرحبا بكم في بوابة {{tenant.nameAr}}", "body": "بوابة المشاركة المواطنة لـ{{tenant.nameAr}}" },
                    "fr": { "title": "Bienvenue sur le portail de la {{tenant.nameFr}}", "slug": "accueil", "body": "Le portail de la {{tenant.nameFr}}" },
                  },
                },
              ],
            },
            { "name": "users", "invite": [ { "email": "admin@{{tenant.id}}.ma", "role": "TenantAdmin" } ] },
          ],
        }
        """;

    private readonly string _directory;
    private readonly RecipeExecutor _executor;

    public RecipeValidationTests()
    {
        _directory = Path.Combine(Path.GetTempPath(), "openregion-recipes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "commune.recipe.json"), "{ \"steps\": [] }");
        File.WriteAllText(Path.Combine(_directory, "region.recipe.json"), "{ \"steps\": [] }");
        File.WriteAllText(Path.Combine(_directory, "province.recipe.json"), "{ \"steps\": [] }");

        var modules = new ModuleCatalog([new TestPagesModule(), new TestCommentsModule()]);
        var dbFactory = new ThrowingDbContextFactory();
        var registry = new TenantRegistry(dbFactory, new PlatformOptions(), modules);
        var invitations = new InvitationService(new RecordingEmailSender(), new PlatformOptions(), TimeProvider.System);
        IRecipeStep[] steps =
        [
            new SettingsStep(),
            new FeaturesStep(modules),
            new ThemeStep(),
            new RolesStep(),
            new ContentStep(new ContentSearchIndexer(new SearchIndexProvider(Path.Combine(_directory, "search")))),
            new UsersStep(invitations),
            new TenantsStep(),
        ];
        _executor = new RecipeExecutor(
            steps,
            new RecipeLibrary(_directory),
            modules,
            registry,
            new ThemeCatalog(["OpenRegion.Theme.Region"]),
            dbFactory,
            new ServiceCollection().BuildServiceProvider(),
            TimeProvider.System,
            NullLogger<RecipeExecutor>.Instance);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private IReadOnlyList<RecipeError> TenantErrors(string json) => _executor.Validate(json, RecipeScope.Tenant);

    private IReadOnlyList<RecipeError> PlatformErrors(string json) => _executor.Validate(json, RecipeScope.Platform);

    private static Tenant Azilal() => new()
    {
        Id = "azilal",
        NameAr = "جماعة أزيلال",
        NameFr = "Commune d'Azilal",
        Population = 30324,
        UrlPrefix = "azilal",
    };

    private static string TenantsStepJson(params string[] tenants) =>
        $$"""{ "steps": [ { "name": "tenants", "tenants": [ {{string.Join(", ", tenants)}} ] } ] }""";

    // ---- whole recipe -------------------------------------------------------------------------------------------

    [Fact]
    public void Executor_knows_the_seven_steps_it_was_given()
    {
        _executor.StepNames.Order(StringComparer.Ordinal).ShouldBe(["content", "features", "roles", "settings", "tenants", "theme", "users"]);
    }

    [Fact]
    public void Correct_tenant_recipe_has_no_errors()
    {
        TenantErrors(RecipeExecutor.Substitute(CommuneRecipe, Azilal())).ShouldBeEmpty();
    }

    [Fact]
    public void Shipped_demo_recipe_is_a_correct_platform_recipe_when_the_library_holds_region_province_and_commune()
    {
        var demo = File.ReadAllText(Path.Combine(RepositoryRoot(), "recipes", "demo.recipe.json"));

        PlatformErrors(demo).ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_json_is_reported_at_the_root_with_line_and_position()
    {
        var errors = TenantErrors("{\n  \"steps\": ]\n}");

        var error = errors.ShouldHaveSingleItem();
        error.JsonPath.ShouldBe("$");
        error.StepNumber.ShouldBeNull();
        error.StepName.ShouldBeNull();
        error.Message.ShouldBe("is not valid JSON (line 2, position 12).");
    }

    [Fact]
    public void Empty_text_is_reported_as_invalid_json()
    {
        TenantErrors("").ShouldHaveSingleItem().JsonPath.ShouldBe("$");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"steps\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Root_that_is_not_an_object_is_refused(string json)
    {
        var error = TenantErrors(json).ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$");
        error.Message.ShouldBe("must be a JSON object.");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"name\": \"commune\" }")]
    [InlineData("{ \"steps\": {} }")]
    [InlineData("{ \"steps\": null }")]
    public void Missing_steps_array_is_refused(string json)
    {
        var error = TenantErrors(json).ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps");
        error.StepNumber.ShouldBeNull();
        error.Message.ShouldBe("is required and must be an array.");
    }

    [Fact]
    public void Empty_steps_array_is_accepted()
    {
        TenantErrors("{ \"steps\": [] }").ShouldBeEmpty();
    }

    [Fact]
    public void Steps_without_a_name_string_are_refused_each_at_its_own_path()
    {
        var errors = TenantErrors("""{ "steps": [ { "theme": "OpenRegion.Theme.Region" }, "features", { "name": 3 } ] }""");

        errors.Count.ShouldBe(3);
        errors.Select(e => e.JsonPath).ShouldBe(["$.steps[0].name", "$.steps[1].name", "$.steps[2].name"]);
        errors.Select(e => e.StepNumber).ShouldBe([1, 2, 3]);
        errors.ShouldAllBe(e => e.StepName == null);
    }

    [Fact]
    public void Unknown_step_is_refused_with_its_number_name_and_the_list_of_known_steps()
    {
        var errors = TenantErrors("""{ "steps": [ { "name": "theme", "theme": "OpenRegion.Theme.Region" }, { "name": "plugins" } ] }""");

        var error = errors.ShouldHaveSingleItem();
        error.StepNumber.ShouldBe(2);
        error.StepName.ShouldBe("plugins");
        error.JsonPath.ShouldBe("$.steps[1].name");
        error.Message.ShouldBe($"unknown step; known steps: {KnownSteps}.");
    }

    [Fact]
    public void Step_names_are_case_sensitive()
    {
        TenantErrors("""{ "steps": [ { "name": "Theme", "theme": "OpenRegion.Theme.Region" } ] }""")
            .ShouldHaveSingleItem().Message.ShouldStartWith("unknown step");
    }

    [Fact]
    public void Platform_only_tenants_step_is_refused_in_a_tenant_recipe()
    {
        var errors = TenantErrors(TenantsStepJson("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal" }"""));

        var error = errors.ShouldHaveSingleItem();
        error.StepNumber.ShouldBe(1);
        error.StepName.ShouldBe("tenants");
        error.JsonPath.ShouldBe("$.steps[0].name");
        error.Message.ShouldBe("this step belongs to platform recipes, not to a tenant's.");
    }

    [Theory]
    [InlineData("""{ "name": "features", "enable": [ "Test.Pages" ] }""", "features")]
    [InlineData("""{ "name": "theme", "theme": "OpenRegion.Theme.Region" }""", "theme")]
    [InlineData("""{ "name": "roles", "roles": [] }""", "roles")]
    [InlineData("""{ "name": "settings", "settings": {} }""", "settings")]
    [InlineData("""{ "name": "content", "items": [] }""", "content")]
    [InlineData("""{ "name": "users", "invite": [] }""", "users")]
    public void Tenant_steps_are_refused_in_a_platform_recipe(string step, string name)
    {
        var errors = PlatformErrors($$"""{ "steps": [ {{step}} ] }""");

        var error = errors.ShouldHaveSingleItem();
        error.StepName.ShouldBe(name);
        error.JsonPath.ShouldBe("$.steps[0].name");
        error.Message.ShouldBe("this step sets up a tenant and cannot run in a platform recipe.");
    }

    [Fact]
    public void Several_errors_are_all_reported_at_once_in_step_order()
    {
        var errors = TenantErrors("""
            {
              "steps": [
                { "name": "features", "enable": [ "Nope.One", "Test.Pages", "Nope.Two" ] },
                { "name": "theme", "theme": "OpenRegion.Theme.Nope" },
                { "name": "plugins" },
                { "name": "users", "invite": [ { "email": "not-an-email", "role": "Mayor" } ] },
                { "name": "tenants", "tenants": [] }
              ]
            }
            """);

        errors.Select(e => e.JsonPath).ShouldBe(
        [
            "$.steps[0].enable[0]",
            "$.steps[0].enable[2]",
            "$.steps[1].theme",
            "$.steps[2].name",
            "$.steps[3].invite[0].email",
            "$.steps[3].invite[0].role",
            "$.steps[4].name",
        ]);
        errors.Select(e => e.StepNumber).ShouldBe([1, 1, 2, 3, 4, 4, 5]);
    }

    [Fact]
    public void Validation_does_not_open_a_database()
    {
        // The db factory throws on use; a full recipe and a platform recipe validate without touching it.
        Should.NotThrow(() => TenantErrors(CommuneRecipe));
        Should.NotThrow(() => PlatformErrors(TenantsStepJson("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal" }""")));
    }

    // ---- features -----------------------------------------------------------------------------------------------

    [Fact]
    public void Features_step_reports_an_unknown_feature_at_its_exact_index()
    {
        var errors = TenantErrors("""{ "steps": [ { "name": "features", "enable": [ "Test.Pages", "OpenRegion.Pages" ] } ] }""");

        var error = errors.ShouldHaveSingleItem();
        error.JsonPath.ShouldBe("$.steps[0].enable[1]");
        error.StepNumber.ShouldBe(1);
        error.StepName.ShouldBe("features");
        error.Message.ShouldBe("unknown feature \"OpenRegion.Pages\"; known features: Test.Comments, Test.Pages.");
    }

    [Fact]
    public void Features_step_checks_the_disable_list_and_non_string_items()
    {
        var errors = TenantErrors("""{ "steps": [ { "name": "features", "enable": [ 42 ], "disable": [ "Test.Comments", "Nope" ] } ] }""");

        errors.Select(e => e.JsonPath).ShouldBe(["$.steps[0].enable[0]", "$.steps[0].disable[1]"]);
    }

    [Fact]
    public void Features_step_refuses_an_enable_list_that_is_not_an_array()
    {
        var error = TenantErrors("""{ "steps": [ { "name": "features", "enable": "Test.Pages" } ] }""").ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].enable");
        error.Message.ShouldBe("must be an array.");
    }

    // ---- roles --------------------------------------------------------------------------------------------------

    [Fact]
    public void Roles_step_reports_an_unknown_role_and_an_unknown_permission_at_their_paths()
    {
        var errors = TenantErrors("""
            {
              "steps": [
                { "name": "theme", "theme": "OpenRegion.Theme.Region" },
                { "name": "roles", "roles": [ { "name": "Mayor", "permissions": [ "Pages.Edit", "Pages.Fly" ] } ] }
              ]
            }
            """);

        errors.Select(e => e.JsonPath).ShouldBe(["$.steps[1].roles[0].name", "$.steps[1].roles[0].permissions[1]"]);
        errors.ShouldAllBe(e => e.StepNumber == 2 && e.StepName == "roles");
        errors[0].Message.ShouldStartWith("unknown role 'Mayor'; tenant roles: TenantAdmin, Editor,");
        errors[1].Message.ShouldBe("unknown permission \"Pages.Fly\".");
    }

    [Fact]
    public void Roles_step_refuses_PlatformAdmin_which_is_not_a_tenant_role()
    {
        TenantErrors("""{ "steps": [ { "name": "roles", "roles": [ { "name": "PlatformAdmin", "permissions": [] } ] } ] }""")
            .ShouldHaveSingleItem().JsonPath.ShouldBe("$.steps[0].roles[0].name");
    }

    [Fact]
    public void Roles_step_requires_the_roles_list_and_each_roles_permissions()
    {
        TenantErrors("""{ "steps": [ { "name": "roles" } ] }""").ShouldHaveSingleItem().JsonPath.ShouldBe("$.steps[0].roles");
        TenantErrors("""{ "steps": [ { "name": "roles", "roles": [ { "name": "Editor" } ] } ] }""")
            .ShouldHaveSingleItem().JsonPath.ShouldBe("$.steps[0].roles[0].permissions");
    }

    // ---- content ------------------------------------------------------------------------------------------------

    [Fact]
    public void Content_step_reports_an_unknown_culture_and_a_missing_title()
    {
        var errors = TenantErrors("""
            {
              "steps": [
                {
                  "name": "content",
                  "items": [
                    { "contentType": "HomePage", "localizations": { "de": { "title": "Willkommen" }, "fr": { "body": "Sans titre" } } }
                  ]
                }
              ]
            }
            """);

        errors.Count.ShouldBe(2);
        errors[0].JsonPath.ShouldBe("$.steps[0].items[0].localizations.de");
        errors[0].Message.ShouldStartWith("unknown culture; use one of ");
        errors[1].JsonPath.ShouldBe("$.steps[0].items[0].localizations.fr.title");
        errors[1].Message.ShouldBe("is required.");
    }

    [Fact]
    public void Content_step_refuses_an_empty_title_a_too_long_title_and_a_missing_content_type()
    {
        var longTitle = new string('x', 301);
        var errors = TenantErrors($$"""
            {
              "steps": [
                {
                  "name": "content",
                  "items": [
                    { "contentType": "HomePage", "localizations": { "ar": { "title": " " }, "fr": { "title": "{{longTitle}}" } } },
                    { "localizations": { "fr": { "title": "Ok" } } }
                  ]
                }
              ]
            }
            """);

        errors.Select(e => (e.JsonPath, e.Message)).ShouldBe(
        [
            ("$.steps[0].items[0].localizations.ar.title", "must be a non-empty string."),
            ("$.steps[0].items[0].localizations.fr.title", "must have at most 300 characters."),
            ("$.steps[0].items[1].contentType", "is required."),
        ]);
    }

    [Fact]
    public void Content_step_refuses_an_unknown_type_a_public_item_without_address_and_an_event_without_a_start()
    {
        var errors = TenantErrors("""
            {
              "steps": [
                {
                  "name": "content",
                  "items": [
                    { "contentType": "Brochure", "localizations": { "fr": { "title": "Dépliant" } } },
                    { "contentType": "News", "localizations": { "fr": { "title": "Actualité sans adresse" } } },
                    { "contentType": "Event", "publishedUtc": "hier", "localizations": { "fr": { "title": "Atelier", "slug": "atelier" } } }
                  ]
                }
              ]
            }
            """);

        errors.Select(e => e.JsonPath).ShouldBe(
        [
            "$.steps[0].items[0].contentType",
            "$.steps[0].items[1].localizations.fr.slug",
            "$.steps[0].items[2].publishedUtc",
            "$.steps[0].items[2].startsUtc",
        ]);
        errors[0].Message.ShouldStartWith("unknown content type; use one of News, Event, Document, Page, Menu, HomePage");
        errors[2].Message.ShouldStartWith("must be a date and time with its offset");
    }

    [Fact]
    public void A_document_names_an_accepted_file_beside_the_recipes()
    {
        var errors = TenantErrors("""
            {
              "steps": [
                {
                  "name": "content",
                  "items": [
                    { "contentType": "Document", "localizations": { "fr": { "title": "Sans fichier", "slug": "sans-fichier" } } },
                    { "contentType": "Document", "localizations": { "fr": { "title": "Ailleurs", "slug": "ailleurs", "file": "../secrets/programme.pdf" } } },
                    { "contentType": "Document", "localizations": { "fr": { "title": "Page web", "slug": "page-web", "file": "files/page.html" } } },
                    { "contentType": "Document", "localizations": { "ar": { "title": "البرنامج", "slug": "البرنامج", "file": "files/programme.odt" } } }
                  ]
                }
              ]
            }
            """);

        errors.Select(e => e.JsonPath).ShouldBe(
        [
            "$.steps[0].items[0].localizations.fr.file",
            "$.steps[0].items[1].localizations.fr.file",
            "$.steps[0].items[2].localizations.fr.file",
        ]);
        errors[0].Message.ShouldStartWith("is required for a document");
        errors[1].Message.ShouldStartWith("must be a relative path under the recipes folder");
        errors[2].Message.ShouldStartWith("has a type the media library does not accept");
    }

    [Fact]
    public void Content_step_requires_items_and_at_least_one_localization()
    {
        TenantErrors("""{ "steps": [ { "name": "content" } ] }""").ShouldHaveSingleItem().JsonPath.ShouldBe("$.steps[0].items");
        TenantErrors("""{ "steps": [ { "name": "content", "items": [ { "contentType": "Page", "localizations": {} } ] } ] }""")
            .ShouldHaveSingleItem().JsonPath.ShouldBe("$.steps[0].items[0].localizations");
    }

    [Fact]
    public void Content_step_reports_an_item_that_is_not_an_object()
    {
        var errors = TenantErrors("""{ "steps": [ { "name": "content", "items": [ "HomePage" ] } ] }""");

        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.JsonPath.StartsWith("$.steps[0].items[0]", StringComparison.Ordinal));
    }

    // ---- users --------------------------------------------------------------------------------------------------

    [Fact]
    public void Users_step_reports_a_bad_email_and_an_unknown_role()
    {
        var errors = TenantErrors("""
            {
              "steps": [
                { "name": "users", "invite": [ { "email": "admin@azilal.ma", "role": "Editor" }, { "email": "not-an-email", "role": "Mayor" } ] }
              ]
            }
            """);

        errors.Count.ShouldBe(2);
        errors[0].JsonPath.ShouldBe("$.steps[0].invite[1].email");
        errors[0].Message.ShouldBe("'not-an-email' is not an e-mail address.");
        errors[1].JsonPath.ShouldBe("$.steps[0].invite[1].role");
        errors[1].Message.ShouldStartWith("unknown role 'Mayor'");
    }

    [Fact]
    public void Users_step_requires_email_and_role()
    {
        var errors = TenantErrors("""{ "steps": [ { "name": "users", "invite": [ {} ] } ] }""");

        errors.Select(e => e.JsonPath).ShouldBe(["$.steps[0].invite[0].email", "$.steps[0].invite[0].role"]);
    }

    // ---- theme & settings ---------------------------------------------------------------------------------------

    [Fact]
    public void Theme_step_reports_an_unknown_theme_and_lists_the_known_ones()
    {
        var error = TenantErrors("""{ "steps": [ { "name": "theme", "theme": "OpenRegion.Theme.Nope" } ] }""").ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].theme");
        error.Message.ShouldBe("unknown theme 'OpenRegion.Theme.Nope'; known themes: OpenRegion.Theme.Region.");
    }

    [Fact]
    public void Theme_step_requires_a_theme()
    {
        var error = TenantErrors("""{ "steps": [ { "name": "theme" } ] }""").ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].theme");
        error.Message.ShouldBe("is required.");
    }

    [Fact]
    public void Settings_step_requires_a_settings_object()
    {
        var error = TenantErrors("""{ "steps": [ { "name": "settings", "settings": [] } ] }""").ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].settings");
    }

    // ---- tenants ------------------------------------------------------------------------------------------------

    [Fact]
    public void Tenants_step_refuses_the_second_tenant_with_a_prefix_already_used_in_the_same_list()
    {
        var errors = PlatformErrors(TenantsStepJson(
            """{ "id": "azilal", "nameAr": "جماعة أزيلال", "nameFr": "Commune d'Azilal", "prefix": "azilal", "recipe": "commune" }""",
            """{ "id": "azilal-2", "nameAr": "جماعة أزيلال", "nameFr": "Commune d'Azilal 2", "prefix": "Azilal", "recipe": "commune" }"""));

        var error = errors.ShouldHaveSingleItem();
        error.JsonPath.ShouldBe("$.steps[0].tenants[1].prefix");
        error.StepNumber.ShouldBe(1);
        error.StepName.ShouldBe("tenants");
        error.Message.ShouldBe("Another tenant already uses this URL prefix on the same host.");
    }

    [Fact]
    public void Tenants_step_refuses_a_duplicate_id_in_the_same_list()
    {
        var errors = PlatformErrors(TenantsStepJson(
            """{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal" }""",
            """{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal-bis" }"""));

        errors.ShouldHaveSingleItem().JsonPath.ShouldBe("$.steps[0].tenants[1].id");
    }

    [Fact]
    public void Tenants_step_reports_an_unknown_recipe()
    {
        var error = PlatformErrors(TenantsStepJson("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal", "recipe": "village" }"""))
            .ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].tenants[0].recipe");
        error.Message.ShouldBe("no recipe named 'village'.");
    }

    [Fact]
    public void Tenants_step_reports_an_unknown_parent()
    {
        var error = PlatformErrors(TenantsStepJson(
                """{ "id": "region", "nameAr": "الجهة", "nameFr": "Région", "kind": "Region" }""",
                """{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal", "parent": "province" }"""))
            .ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].tenants[1].parent");
        error.Message.ShouldBe("no tenant 'province'.");
    }

    [Fact]
    public void Tenants_step_accepts_a_parent_defined_earlier_in_the_list()
    {
        PlatformErrors(TenantsStepJson(
                """{ "id": "region", "nameAr": "الجهة", "nameFr": "Région", "kind": "Region", "recipe": "region" }""",
                """{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal", "parent": "region", "recipe": "commune" }"""))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "nameAr": "أزيلال", "nameFr": "Azilal" }""")]
    [InlineData("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "population": "many" }""")]
    [InlineData("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "kind": "Village" }""")]
    [InlineData("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "hosts": "azilal.ma" }""")]
    [InlineData("\"azilal\"")]
    public void Tenants_step_reports_an_entry_that_cannot_be_read_as_a_tenant(string tenant)
    {
        var error = PlatformErrors(TenantsStepJson(tenant)).ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].tenants[0]");
        error.Message.ShouldStartWith("cannot be read as a tenant: ");
    }

    [Fact]
    public void Tenants_step_reports_each_invalid_tenant_and_keeps_checking_the_next_ones()
    {
        var errors = PlatformErrors(TenantsStepJson(
            """{ "id": "Azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "azilal" }""",
            """{ "id": "admin-site", "nameAr": "أزيلال", "nameFr": "Azilal", "prefix": "admin" }""",
            """{ "id": "khouribga", "nameAr": "خريبكة", "nameFr": "Khouribga", "population": -5 }""",
            """{ "id": "ok", "nameAr": "جماعة", "nameFr": "Commune", "prefix": "ok", "recipe": "nope", "parent": "nobody" }"""));

        errors.Select(e => e.JsonPath).ShouldBe(
        [
            "$.steps[0].tenants[0].id",
            "$.steps[0].tenants[1].prefix",
            "$.steps[0].tenants[2].population",
            "$.steps[0].tenants[3].recipe",
            "$.steps[0].tenants[3].parent",
        ]);
    }

    [Fact]
    public void Tenants_step_reports_a_bad_host_at_the_hosts_property_of_the_recipe()
    {
        var error = PlatformErrors(TenantsStepJson("""{ "id": "azilal", "nameAr": "أزيلال", "nameFr": "Azilal", "hosts": [ "bad host" ] }"""))
            .ShouldHaveSingleItem();

        error.JsonPath.ShouldBe("$.steps[0].tenants[0].hosts");
    }

    // ---- substitution -------------------------------------------------------------------------------------------

    [Fact]
    public void Substitute_json_escapes_a_double_quote_and_keeps_arabic_text_readable()
    {
        var tenant = new Tenant
        {
            Id = "el-qods",
            NameAr = "جماعة \"القدس\"",
            NameFr = "Commune \"El Qods\" \\ Sidi",
            Population = 1234,
        };
        const string template = """
            { "id": "{{tenant.id}}", "ar": "{{tenant.nameAr}}", "fr": "Portail de la {{tenant.nameFr}}", "population": {{tenant.population}} }
            """;

        var json = RecipeExecutor.Substitute(template, tenant);

        json.ShouldContain("جماعة \\\"القدس\\\"");
        json.ShouldNotContain("{{tenant.");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("id").GetString().ShouldBe("el-qods");
        root.GetProperty("ar").GetString().ShouldBe("جماعة \"القدس\"");
        root.GetProperty("fr").GetString().ShouldBe("Portail de la Commune \"El Qods\" \\ Sidi");
        root.GetProperty("population").GetInt32().ShouldBe(1234);
    }

    [Fact]
    public void Substitute_writes_zero_for_an_unknown_population()
    {
        RecipeExecutor.Substitute("""{ "population": {{tenant.population}} }""", new Tenant { Id = "x", Population = null })
            .ShouldBe("""{ "population": 0 }""");
        RecipeExecutor.Substitute("""{ "population": {{tenant.population}} }""", Azilal())
            .ShouldBe("""{ "population": 30324 }""");
    }

    [Fact]
    public void Substitute_leaves_the_json_untouched_without_a_tenant()
    {
        RecipeExecutor.Substitute(CommuneRecipe, null).ShouldBeSameAs(CommuneRecipe);
    }

    [Fact]
    public void Substituted_recipe_with_quotes_in_tenant_names_still_validates()
    {
        var tenant = Azilal();
        tenant.NameFr = "Commune \"d'Azilal\"";
        tenant.NameAr = "جماعة \"أزيلال\"";

        TenantErrors(RecipeExecutor.Substitute(CommuneRecipe, tenant)).ShouldBeEmpty();
    }

    // ---- error formatting ---------------------------------------------------------------------------------------

    [Fact]
    public void Error_of_a_step_formats_as_step_number_name_and_path()
    {
        new RecipeError(2, "features", "$.steps[1].enable[0]", "unknown feature \"X\".").ToString()
            .ShouldBe("step 2 (features) at $.steps[1].enable[0]: unknown feature \"X\".");
    }

    [Fact]
    public void Reported_feature_error_formats_with_its_step()
    {
        var errors = TenantErrors("""{ "steps": [ { "name": "theme", "theme": "OpenRegion.Theme.Region" }, { "name": "features", "enable": [ "Nope" ] } ] }""");

        errors.ShouldHaveSingleItem().ToString()
            .ShouldBe("step 2 (features) at $.steps[1].enable[0]: unknown feature \"Nope\"; known features: Test.Comments, Test.Pages.");
    }

    [Fact]
    public void Error_outside_any_step_formats_as_path_and_message()
    {
        new RecipeError(null, null, "$", "must be a JSON object.").ToString().ShouldBe("$: must be a JSON object.");
    }

    [Fact]
    public void Error_of_a_step_without_name_shows_a_question_mark()
    {
        new RecipeError(1, null, "$.steps[0].name", "every step needs a \"name\" string.").ToString()
            .ShouldBe("step 1 (?) at $.steps[0].name: every step needs a \"name\" string.");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenRegion.Cms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OpenRegion.Cms.sln not found above " + AppContext.BaseDirectory);
    }
}
