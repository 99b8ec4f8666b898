namespace OpenRegion.Cms.Cli.Tests;

/// <summary>
/// The operators' CLI run in-process on the real host composition, each test on its own SQLite data directory.
/// The state a command leaves behind is read back through <c>tenants list</c>, as an operator would.
/// </summary>
[Collection("cli")]
public sealed class OperatorRunsCliTests : IDisposable
{
    private const string BadRecipe = """{"steps":[{"name":"features","enable":["Nope"]}]}""";

    private static readonly string[] KasbaTadla =
    [
        "tenants", "create", "--id", "kasba-tadla", "--name-ar", "جماعة قصبة تادلة", "--name-fr", "Commune de Kasba Tadla",
        "--prefix", "kasba-tadla", "--population", "47000",
    ];

    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Without_arguments_usage_is_printed_and_the_exit_code_is_2()
    {
        var result = await _cli.RunAsync();

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("usage: openregion <command>");
        result.Error.ShouldContain("tenants create --id ID");
    }

    [Fact]
    public async Task A_misspelled_option_is_a_usage_error_and_creates_nothing()
    {
        var result = await _cli.RunAsync("tenants", "create", "--id", "kasba-tadla", "--name-ar", "جماعة قصبة تادلة", "--name-fr", "Commune de Kasba Tadla", "--popuation", "47000");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--popuation");
        (await _cli.RunAsync("tenants", "list")).Output.ShouldNotContain("kasba-tadla");
    }

    [Fact]
    public async Task An_unknown_recipe_is_refused_with_exit_code_1_not_a_crash()
    {
        var result = await _cli.RunAsync("recipes", "run", "nosuch");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("nosuch");
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var result = await _cli.RunAsync("help");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("usage: openregion <command>");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_creates_the_database_in_the_data_directory()
    {
        var result = await _cli.RunAsync("migrate");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Database is up to date.");
        File.Exists(_cli.DatabaseFile).ShouldBeTrue($"{_cli.DatabaseFile} should exist");
    }

    [Fact]
    public async Task Reindex_rebuilds_the_search_index_of_every_tenant_from_the_database()
    {
        (await _cli.RunAsync("recipes", "run", "demo")).ExitCode.ShouldBe(0);
        var searchFolder = Path.Combine(_cli.DataDirectory, "search", "region");
        Directory.Delete(searchFolder, recursive: true);

        var result = await _cli.RunAsync("reindex");

        result.ExitCode.ShouldBe(0, result.Error);
        // The region: a page, 5 news items, 3 events and 3 documents; a commune: 2 news items and 2 events; each in Arabic and French.
        result.Output.ShouldContain("region: 24 item(s) indexed.");
        result.Output.ShouldContain("azilal: 8 item(s) indexed.");
        Directory.Exists(Path.Combine(searchFolder, "fr")).ShouldBeTrue();
        (await _cli.RunAsync("reindex", "--tenant", "nowhere")).ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Demo_recipe_sets_up_the_region_its_provinces_and_three_running_communes()
    {
        var result = await _cli.RunAsync("recipes", "run", "demo");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Recipe demo applied to the platform.");
        var states = await _cli.TenantStatesAsync();
        states.ShouldBe(
            new Dictionary<string, string>
            {
                ["region"] = "Running",
                ["province-beni-mellal"] = "Running",
                ["province-azilal"] = "Running",
                ["province-fquih-ben-salah"] = "Running",
                ["province-khouribga"] = "Running",
                ["province-khenifra"] = "Running",
                ["beni-mellal"] = "Running",
                ["azilal"] = "Running",
                ["khouribga"] = "Running",
            },
            ignoreOrder: true);
    }

    [Fact]
    public async Task Created_tenant_is_listed_running_with_its_prefix_and_names()
    {
        var result = await _cli.RunAsync(KasbaTadla);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Tenant kasba-tadla created and running.");
        var line = (await _cli.ListAsync()).ShouldHaveSingleItem();
        line.ShouldStartWith("kasba-tadla ");
        line.ShouldContain(" Running ");
        line.ShouldContain(" Commune ");
        line.ShouldContain("/kasba-tadla");
        line.ShouldContain("Commune de Kasba Tadla | جماعة قصبة تادلة");
    }

    [Fact]
    public async Task Second_tenant_on_the_same_prefix_is_refused_on_UrlPrefix_and_the_list_is_unchanged()
    {
        (await _cli.RunAsync(KasbaTadla)).ExitCode.ShouldBe(0);
        var before = await _cli.ListAsync();

        var result = await _cli.RunAsync(
            "tenants", "create", "--id", "kasba-tadla-bis", "--name-ar", "جماعة أخرى", "--name-fr", "Autre commune", "--prefix", "kasba-tadla");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("UrlPrefix");
        result.Output.ShouldNotContain("created");
        (await _cli.ListAsync()).ShouldBe(before);
        (await _cli.TenantStatesAsync()).Keys.ShouldBe(["kasba-tadla"]);
    }

    [Fact]
    public async Task Population_that_is_not_a_whole_number_is_a_usage_error_and_creates_nothing()
    {
        string[] args = [.. KasbaTadla[..^1], "abc"];

        var result = await _cli.RunAsync(args);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--population must be a whole number.");
        (await _cli.ListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Missing_French_name_is_a_usage_error_and_creates_nothing()
    {
        var result = await _cli.RunAsync(
            "tenants", "create", "--id", "kasba-tadla", "--name-ar", "جماعة قصبة تادلة", "--prefix", "kasba-tadla", "--population", "47000");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--name-fr is required.");
        (await _cli.ListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Disabled_tenant_is_listed_disabled_and_running_again_once_enabled()
    {
        await RunDemoAsync();

        var disable = await _cli.RunAsync("tenants", "disable", "azilal");

        disable.ExitCode.ShouldBe(0, disable.Error);
        disable.Output.ShouldContain("Tenant azilal disabled.");
        var states = await _cli.TenantStatesAsync();
        states["azilal"].ShouldBe("Disabled");
        states["khouribga"].ShouldBe("Running");

        var enable = await _cli.RunAsync("tenants", "enable", "azilal");

        enable.ExitCode.ShouldBe(0, enable.Error);
        enable.Output.ShouldContain("Tenant azilal enabled.");
        (await _cli.TenantStatesAsync())["azilal"].ShouldBe("Running");
    }

    [Fact]
    public async Task Disabling_a_tenant_twice_is_refused_and_it_stays_disabled()
    {
        await RunDemoAsync();
        (await _cli.RunAsync("tenants", "disable", "azilal")).ExitCode.ShouldBe(0);

        var result = await _cli.RunAsync("tenants", "disable", "azilal");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("refused (State)");
        (await _cli.TenantStatesAsync())["azilal"].ShouldBe("Disabled");
    }

    [Fact]
    public async Task Validating_a_recipe_with_an_unknown_feature_names_the_step_and_the_json_path()
    {
        await RunDemoAsync();
        var file = _cli.WriteFile("bad.recipe.json", BadRecipe);

        var result = await _cli.RunAsync("recipes", "validate", "--file", file, "--tenant", "azilal");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("step 1 (features) at $.steps[0].enable[0]");
        result.Error.ShouldContain("unknown feature \"Nope\"");
        result.Output.ShouldContain("1 error(s).");
    }

    [Fact]
    public async Task Running_a_recipe_with_an_unknown_feature_applies_nothing()
    {
        await RunDemoAsync();
        var before = await _cli.ListAsync();
        var file = _cli.WriteFile("bad.recipe.json", BadRecipe);

        var result = await _cli.RunAsync("recipes", "run", "--file", file, "--tenant", "azilal");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("nothing was applied");
        result.Error.ShouldContain("step 1 (features) at $.steps[0].enable[0]");
        result.Output.ShouldNotContain("applied to");
        (await _cli.ListAsync()).ShouldBe(before);
    }

    private async Task RunDemoAsync()
    {
        var demo = await _cli.RunAsync("recipes", "run", "demo");
        demo.ExitCode.ShouldBe(0, demo.Error);
    }
}
