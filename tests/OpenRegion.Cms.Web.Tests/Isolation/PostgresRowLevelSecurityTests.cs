using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Isolation;

/// <summary>Defence in depth: even SQL that forgets the tenant filter sees only the session's tenant on PostgreSQL.</summary>
public sealed class PostgresRowLevelSecurityTests(PostgresPlatformFactory factory) : IClassFixture<PostgresPlatformFactory>
{
    [Theory]
    [InlineData("ContentItems")]
    [InlineData("TenantRoleDefinitions")]
    public async Task RawSqlWithoutFilter_SeesOnlyTheSessionTenantsRows(string table)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();

        (await CountAsync(connection, "azilal", $"SELECT count(*) FROM \"{table}\" WHERE \"TenantId\" <> 'azilal'")).ShouldBe(0);
        (await CountAsync(connection, "azilal", $"SELECT count(*) FROM \"{table}\"")).ShouldBeGreaterThan(0);
        (await CountAsync(connection, "", $"SELECT count(*) FROM \"{table}\"")).ShouldBe(0);
        (await CountAsync(connection, "*", $"SELECT count(DISTINCT \"TenantId\") FROM \"{table}\"")).ShouldBe(9); // the demo's tenants: region, 5 provinces, 3 communes
    }

    [Fact]
    public async Task RawSqlCannotWriteARowForAnotherTenant()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await CountAsync(connection, "azilal", "SELECT 0");
        await using var insert = new NpgsqlCommand("""INSERT INTO "TenantSettings" ("TenantId", "Key", "ValueJson") VALUES ('khouribga', 'forged', 'true')""", connection);

        var error = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        error.SqlState.ShouldBe("42501");
    }

    [Fact]
    public async Task TheApplicationRoleIsNotASuperuser()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", connection);
        ((bool)(await command.ExecuteScalarAsync())!).ShouldBeFalse();
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string tenant, string sql)
    {
        await using (var set = new NpgsqlCommand("SELECT set_config('openregion.tenant_id', @t, false)", connection))
        {
            set.Parameters.AddWithValue("t", tenant);
            await set.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
