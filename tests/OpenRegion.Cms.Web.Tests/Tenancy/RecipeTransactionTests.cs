using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>A recipe is applied whole or not at all, on a real database.</summary>
public sealed class RecipeTransactionTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Fact]
    public async Task AMalformedRecipeIsRefusedNamingStepAndPath_AndChangesNothing()
    {
        var tenant = factory.Service<TenantRegistry>().Find("azilal")!;
        const string recipe = """
            { "name": "broken", "steps": [
              { "name": "settings", "settings": { "Broken.Marker": true } },
              { "name": "features", "enable": [ "OpenRegion.Pages", "OpenRegion.NoSuchModule" ] } ] }
            """;

        var error = await Should.ThrowAsync<RecipeException>(() => factory.Service<RecipeExecutor>().RunAsync("broken", recipe, tenant, null));

        error.Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("step 2 (features) at $.steps[1].enable[1]: unknown feature \"OpenRegion.NoSuchModule\"");
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("azilal"));
        (await db.Set<TenantSetting>().AnyAsync(s => s.Key == "Broken.Marker")).ShouldBeFalse();
    }

    [Fact]
    public async Task AStepFailingWhileRunning_RollsBackTheStepsBeforeIt()
    {
        var services = factory.Services;
        var executor = new RecipeExecutor(
            services.GetServices<IRecipeStep>().Append(new FailingStep()),
            services.GetRequiredService<RecipeLibrary>(),
            services.GetRequiredService<ModuleCatalog>(),
            services.GetRequiredService<TenantRegistry>(),
            services.GetRequiredService<ThemeCatalog>(),
            services.GetRequiredService<ICmsDbContextFactory>(),
            services,
            TimeProvider.System,
            NullLogger<RecipeExecutor>.Instance);
        var tenant = services.GetRequiredService<TenantRegistry>().Find("khouribga")!;
        const string recipe = """
            { "name": "half", "steps": [
              { "name": "settings", "settings": { "Half.Marker": 1 } },
              { "name": "content", "items": [ { "contentType": "Page", "localizations": { "fr": { "title": "Ne doit pas rester", "slug": "ne-doit-pas-rester" } } } ] },
              { "name": "fail" } ] }
            """;

        var error = await Should.ThrowAsync<RecipeException>(() => executor.RunAsync("half", recipe, tenant, null));

        error.Errors.ShouldHaveSingleItem().StepNumber.ShouldBe(3);
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("khouribga"));
        (await db.Set<TenantSetting>().AnyAsync(s => s.Key == "Half.Marker")).ShouldBeFalse();
        (await db.Set<OpenRegion.Cms.Core.Content.ContentItem>().AnyAsync(c => c.Slug == "ne-doit-pas-rester")).ShouldBeFalse();
    }

    private sealed class FailingStep : IRecipeStep
    {
        public string Name => "fail";

        public void Validate(JsonElement step, RecipeStepValidation validation)
        {
        }

        public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The disk is full.");
    }
}
