using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace OpenRegion.Cms.Core.Localization;

public static class PoLocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PO store and makes it the source of <see cref="IStringLocalizerFactory"/> and
    /// <see cref="IStringLocalizer{T}"/>, replacing any earlier registration (such as AddLocalization's .resx one).
    /// </summary>
    public static IServiceCollection AddPoLocalization(
        this IServiceCollection services,
        Action<PoLocalizationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(static provider =>
            new PoLocalizationStore(provider.GetRequiredService<IOptions<PoLocalizationOptions>>().Value, provider.GetService<ICatalogOverlay>()));
        services.TryAddSingleton<PoStringLocalizerFactory>();

        services.RemoveAll<IStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory>(static provider => provider.GetRequiredService<PoStringLocalizerFactory>());
        services.RemoveAll(typeof(IStringLocalizer<>));
        services.AddTransient(typeof(IStringLocalizer<>), typeof(PoStringLocalizer<>));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PoLocalizationStartupCheck>());
        return services;
    }
}
