namespace OpenRegion.Cms.Cli.Tests;

/// <summary>
/// <c>tenants export</c> and <c>tenants import</c>: a commune moved from one deployment's data directory to another's,
/// after its region and province; a file that is not the one exported, is truncated, or lacks its province is refused.
/// </summary>
[Collection("cli")]
public sealed class OperatorMovesATenantTests : IDisposable
{
    private readonly CliSandbox _source = new();
    private readonly CliSandbox _target = new();

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    private async Task<(string File, string Sha256)> ExportAsync(string id)
    {
        var file = Path.Combine(_source.DataDirectory, id + ".zip");
        var result = await _source.RunAsync("tenants", "export", id, "--out", file);
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain($"Tenant {id} exported to {file}");
        var sha = result.Output.Split('\n').Single(l => l.StartsWith("sha256=", StringComparison.Ordinal))["sha256=".Length..].Trim();
        sha.Length.ShouldBe(64);
        return (file, sha);
    }

    [Fact]
    public async Task A_commune_moves_after_its_region_and_province_and_a_wrong_file_is_refused()
    {
        var csv = _source.WriteFile("azilal.csv", """
            id,name_ar,name_fr,kind,parent,population,prefix
            region,جهة بني ملال خنيفرة,Région Béni Mellal-Khénifra,Region,,2525801,
            province-azilal,إقليم أزيلال,Province d'Azilal,Province,region,574112,province-azilal
            azilal,جماعة أزيلال,Commune d'Azilal,Commune,province-azilal,30000,azilal
            """);
        (await _source.RunAsync("tenants", "create", "--from-csv", csv)).ExitCode.ShouldBe(0);
        var region = await ExportAsync("region");
        var province = await ExportAsync("province-azilal");
        var azilal = await ExportAsync("azilal");

        var wrongSum = await _target.RunAsync("tenants", "import", azilal.File, "--sha256", region.Sha256);
        wrongSum.ExitCode.ShouldBe(1);
        wrongSum.Error.ShouldContain("its SHA-256 is not the one given");

        var truncated = _target.WriteFile("truncated.zip", "");
        await File.WriteAllBytesAsync(truncated, (await File.ReadAllBytesAsync(azilal.File))[..1000]);
        var damaged = await _target.RunAsync("tenants", "import", truncated);
        damaged.ExitCode.ShouldBe(1);
        damaged.Error.ShouldContain("refused (Archive): The file is not a tenant archive, or it is truncated.");

        var orphan = await _target.RunAsync("tenants", "import", azilal.File);
        orphan.ExitCode.ShouldBe(1);
        orphan.Error.ShouldContain("refused (ParentId): Its province 'province-azilal' is not on this platform");
        (await _target.TenantStatesAsync()).ShouldBeEmpty();

        foreach (var (file, sha) in new[] { region, province, azilal })
        {
            var imported = await _target.RunAsync("tenants", "import", file, "--sha256", sha);
            imported.ExitCode.ShouldBe(0, imported.Error);
            imported.Output.ShouldContain("imported:");
        }

        var states = await _target.TenantStatesAsync();
        states["azilal"].ShouldBe("Running");
        states["province-azilal"].ShouldBe("Running");
        (await _target.RunAsync("tenants", "import", azilal.File)).Error.ShouldContain("A tenant 'azilal' already exists here");
    }
}
