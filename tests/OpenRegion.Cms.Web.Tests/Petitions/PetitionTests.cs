using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Petitions;

/// <summary>
/// Petitions through HTTP, as citizens, associations and the council's staff use them, on a real database: a roll
/// is imported, citizens verify their identity, file, sign online and on paper, deposit, and the bureau decides.
/// Every refusal says why and stores nothing.
/// </summary>
public abstract partial class PetitionTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private CmsDbContext Db(string tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    /// <summary>A card number no other test uses (accounts are platform-wide: one per card).</summary>
    private static string NewCard() => "T" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? tenant = null, string? role = null)
    {
        var user = await PlatformUsers.CreateAsync(factory, tenant, role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return (session, user);
    }

    /// <summary>The tenant admin imports a roll (CSV) through the identity page.</summary>
    private static Task<HttpResponseMessage> ImportRollAsync(BrowserSession admin, string prefix, string csv, string source = "ElectoralRoll") =>
        admin.PostMultipartAsync($"{prefix}/admin/petitions/identity?culture=fr", $"{prefix}/admin/petitions/identity?handler=import&culture=fr",
            new Dictionary<string, string> { ["Source"] = source }, ("file", "roll.csv", Encoding.UTF8.GetBytes(csv)));

    /// <summary>A citizen verifies their identity with card and birth date.</summary>
    private static Task<HttpResponseMessage> VerifyAsync(BrowserSession citizen, string prefix, string card, string birth) =>
        citizen.SubmitAsync($"{prefix}/petitions/identity?culture=fr", new Dictionary<string, string> { ["CardNumber"] = card, ["BirthDate"] = birth });

    private static Task<HttpResponseMessage> FileAsync(BrowserSession filer, string prefix, Dictionary<string, string> fields, params (string, string, byte[])[] files) =>
        filer.PostMultipartAsync($"{prefix}/petitions/file?culture=fr", $"{prefix}/petitions/file?culture=fr", fields, files);

    private static Dictionary<string, string> CitizensPetition(string title = "Aménager un parc public dans le quartier Ouled Hamdan") => new()
    {
        ["Input.Filer"] = "Citizens", ["Input.Language"] = "fr", ["Input.Title"] = title,
        ["Input.Reasons"] = "Le quartier n'a aucun espace vert ni aire de jeux pour les enfants.",
        ["Input.Objectives"] = "Inscrire à l'ordre du jour du conseil l'aménagement d'un parc de proximité.",
        ["Input.ProxyName"] = "Fatima Zahra El Idrissi",
    };

    /// <summary>Files a citizens' petition and opens it for signatures; its id.</summary>
    private static async Task<long> OpenPetitionAsync(BrowserSession filer, string prefix, string title = "Aménager un parc public dans le quartier Ouled Hamdan")
    {
        var filed = await FileAsync(filer, prefix, CitizensPetition(title));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await filed.Content.ReadAsStringAsync()));
        var id = long.Parse(filed.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var opened = await filer.PostFieldsAsync($"{prefix}/petitions/{id}?culture=fr", $"{prefix}/petitions/{id}?handler=open&culture=fr");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await opened.Content.ReadAsStringAsync()));
        return id;
    }

    private static Task<HttpResponseMessage> SignAsync(BrowserSession signer, string prefix, long id, string? activityCommune = null) =>
        signer.PostFieldsAsync($"{prefix}/petitions/{id}?culture=fr", $"{prefix}/petitions/{id}?handler=sign&culture=fr",
            [("DirectInterest", "true"), .. activityCommune is null ? Array.Empty<(string, string)>() : [("ActivityCommune", activityCommune)]]);

    private static Task<HttpResponseMessage> PaperAsync(BrowserSession clerk, string prefix, long id, string name, string card, string commune, bool onRoll = true) =>
        clerk.PostFieldsAsync($"{prefix}/admin/petitions/{id}/paper?culture=fr", $"{prefix}/admin/petitions/{id}/paper?culture=fr",
            ("Input.Name", name), ("Input.CardNumber", card), ("Input.Commune", commune), ("Input.Basis", "Resident"),
            ("Input.OnElectoralRoll", onRoll ? "true" : "false"), ("Input.DirectInterest", "true"));

    private static Task<HttpResponseMessage> DepositAsync(BrowserSession filer, string prefix, long id) =>
        filer.PostFieldsAsync($"{prefix}/petitions/{id}?culture=fr", $"{prefix}/petitions/{id}?handler=deposit&culture=fr");

    private static Task<HttpResponseMessage> SetThresholdAsync(BrowserSession admin, string prefix, int? required) =>
        admin.PostFieldsAsync($"{prefix}/admin/petitions?culture=fr", $"{prefix}/admin/petitions?handler=settings&culture=fr",
            ("Required", required?.ToString(CultureInfo.InvariantCulture) ?? ""), ("ElectoralRoll", "true"));

    private async Task<Petition> PetitionAsync(string tenant, long id)
    {
        await using var db = Db(tenant);
        return await db.Set<Petition>().AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private async Task<int> SignatureRowsAsync(string tenant, long id)
    {
        await using var db = Db(tenant);
        return await db.Set<PetitionSignature>().CountAsync(s => s.PetitionId == id);
    }

    private static async Task<string> TextOf(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}

public sealed class SqlitePetitionTests(SqliteOutboxFactory factory) : PetitionTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresPetitionTests(PostgresOutboxFactory factory) : PetitionTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
