using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Tenancy;

public sealed class TenantCsvTests
{
    private static readonly Tenant Region = TenantService.ToTenant(new TenantDefinition { Id = "region", NameAr = "جهة", NameFr = "Région", Kind = TenantKind.Region }, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Columns_come_in_any_order_with_either_separator_quotes_a_BOM_and_spaced_thousands()
    {
        var file = TenantCsv.Read("\uFEFFprefix;name_fr;name_ar;id;kind;parent;population\r\n"
            + "azilal-province;\"Province d'Azilal; Atlas\";إقليم أزيلال;province-azilal;province;region;574 112\r\n"
            + "\r\n"
            + "azilal;Commune d'Azilal;جماعة أزيلال;azilal;;province-azilal;\r\n", [Region]);

        file.Errors.ShouldBeEmpty();
        file.Tenants.Count.ShouldBe(2);
        file.Tenants[0].NameFr.ShouldBe("Province d'Azilal; Atlas");
        file.Tenants[0].Population.ShouldBe(574_112);
        file.Tenants[0].Kind.ShouldBe(TenantKind.Province);
        file.Tenants[0].Recipe.ShouldBe("province");
        file.Tenants[1].Kind.ShouldBe(TenantKind.Commune);
        file.Tenants[1].ParentId.ShouldBe("province-azilal");
        file.Tenants[1].Recipe.ShouldBe("commune");
    }

    [Fact]
    public void A_bad_file_gives_no_tenant_and_names_its_lines()
    {
        var file = TenantCsv.Read("id,name_ar,name_fr,kind,parent,prefix\nbzou,جماعة بزو,Commune de Bzou,2,region,bzou\nbzou2,جماعة بزو,Commune de Bzou,,,region\n", [Region]);

        file.Tenants.ShouldBeEmpty();
        file.Errors.ShouldBe(
        [
            "line 2 (bzou): kind '2' is not Commune, Province or Region; a commune cannot belong to 'region' (region).",
            "line 3 (bzou2): a commune names its province in 'parent'.",
        ]);
        TenantCsv.Read("", []).Errors.Single().ShouldStartWith("the file is empty");
        TenantCsv.Read("id,name_ar,name_fr\n", []).Errors.Single().ShouldBe("the file names no tenant below its header line.");
        TenantCsv.Read("id,name_fr\n", []).Errors.Single().ShouldBe("line 1: the column 'name_ar' is missing.");
    }
}
