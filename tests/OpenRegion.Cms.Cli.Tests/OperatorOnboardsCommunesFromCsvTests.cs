using System.Text;

namespace OpenRegion.Cms.Cli.Tests;

/// <summary>
/// <c>tenants create --from-csv</c>: a region's communes onboarded from one file, checked whole before anything is
/// created — every bad line named, nothing created — then created and running, in file order (a province before its communes).
/// </summary>
[Collection("cli")]
public sealed class OperatorOnboardsCommunesFromCsvTests : IDisposable
{
    private const string Azilal = """
        id;name_ar;name_fr;kind;parent;population;prefix;hosts;recipe
        region;جهة بني ملال خنيفرة;Région Béni Mellal-Khénifra;Region;;2 525 801;;;
        province-azilal;إقليم أزيلال;Province d'Azilal;Province;region;574112;azilal-province;;
        azilal;جماعة أزيلال;Commune d'Azilal;Commune;province-azilal;;azilal;;
        demnate;جماعة دمنات;Commune de Demnate;;province-azilal;;demnate;demnate.example.ma;
        bzou;جماعة بزو;Commune de Bzou;Commune;province-azilal;;bzou;;
        """;

    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Every_bad_line_is_named_and_nothing_is_created()
    {
        var file = _cli.WriteFile("bad.csv", """
            id,name_ar,name_fr,kind,parent,population,prefix
            region,جهة بني ملال خنيفرة,Région Béni Mellal-Khénifra,Region,,,
            province-azilal,إقليم أزيلال,Province d'Azilal,Province,region,574112,azilal-province
            azilal,جماعة أزيلال,Commune d'Azilal,Commune,province-azilal,,azilal
            azilal,جماعة أزيلال,Commune d'Azilal (bis),Commune,province-azilal,,azilal-bis
            demnate,جماعة دمنات,Commune de Demnate,Commune,,,demnate
            bzou,جماعة بزو,Commune de Bzou,Village,province-azilal,,bzou
            tanant,جماعة تنانت,Commune de Tanant,Commune,province-azilal,beaucoup,tanant
            foum-jemaa,جماعة فم الجمعة,Commune de Foum Jemaa,Commune,province-azilal,,admin
            ait-mazigh,جماعة آيت مازيغ,Commune d'Aït Mazigh,Commune,province-azilal,,azilal
            tabant,,Commune de Tabant,Commune,province-azilal,,tabant
            ouaouizeght,جماعة واويزغت,Commune de Ouaouizeght,Commune,region,,ouaouizeght
            """);

        var result = await _cli.RunAsync("tenants", "create", "--from-csv", file);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("line 5 (azilal): A tenant with this identifier already exists.");
        result.Error.ShouldContain("line 6 (demnate): a commune names its province in 'parent'.");
        result.Error.ShouldContain("line 7 (bzou): kind 'Village' is not Commune, Province or Region.");
        result.Error.ShouldContain("line 8 (tanant): population 'beaucoup' is not a whole number.");
        result.Error.ShouldContain("line 9 (foum-jemaa): The URL prefix must be a single lowercase word");
        result.Error.ShouldContain("line 10 (ait-mazigh): Another tenant already uses this URL prefix on the same host.");
        result.Error.ShouldContain("line 11 (tabant): Both the Arabic and the French names are required.");
        result.Error.ShouldContain("line 12 (ouaouizeght): a commune cannot belong to 'region' (region).");
        result.Error.ShouldContain("8 line(s) refused: nothing was created.");
        result.Error.ShouldNotContain("line 2 ");
        (await _cli.TenantStatesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_or_names_an_unknown_column_is_refused()
    {
        var latin1 = Path.Combine(_cli.DataDirectory, "latin1.csv");
        await File.WriteAllBytesAsync(latin1, Encoding.Latin1.GetBytes("id,name_ar,name_fr,parent\nbeni-mellal,x,Commune de Béni Mellal,province-beni-mellal\n"));
        var result = await _cli.RunAsync("tenants", "create", "--from-csv", latin1);
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("not UTF-8 text");

        var unknown = await _cli.RunAsync("tenants", "create", "--from-csv", _cli.WriteFile("columns.csv", "id,name_ar,name_fr,province\nazilal,جماعة أزيلال,Commune d'Azilal,azilal\n"));
        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldContain("unknown column 'province'");
        (await _cli.TenantStatesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_region_its_province_and_communes_are_created_and_running_and_a_second_run_is_refused()
    {
        var file = _cli.WriteFile("azilal.csv", Azilal);

        var dry = await _cli.RunAsync("tenants", "create", "--from-csv", file, "--dry-run");
        dry.ExitCode.ShouldBe(0, dry.Error);
        dry.Output.ShouldContain("5 tenant(s) would be created; nothing was created (--dry-run).");
        (await _cli.TenantStatesAsync()).ShouldBeEmpty();

        var created = await _cli.RunAsync("tenants", "create", "--from-csv", file);
        created.ExitCode.ShouldBe(0, created.Error);
        created.Output.ShouldContain("5 of 5 tenant(s) created and running");
        (await _cli.TenantStatesAsync()).ShouldBe(new Dictionary<string, string>
        {
            ["region"] = "Running", ["province-azilal"] = "Running", ["azilal"] = "Running", ["demnate"] = "Running", ["bzou"] = "Running",
        }, ignoreOrder: true);
        (await _cli.ListAsync()).Single(l => l.StartsWith("demnate", StringComparison.Ordinal)).ShouldContain("demnate.example.ma");

        var again = await _cli.RunAsync("tenants", "create", "--from-csv", file);
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("5 line(s) refused: nothing was created.");
    }
}
