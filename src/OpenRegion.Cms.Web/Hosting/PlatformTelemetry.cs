using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>The "OpenRegion:Telemetry" configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenRegion:Telemetry";

    /// <summary>An OpenTelemetry collector (OTLP over gRPC, e.g. http://collector:4317): metrics and traces go there.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>Serve the metrics for Prometheus at /metrics, to the networks <see cref="MetricsNetworks"/> names only.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Who may read /metrics (addresses or networks, space-separated): the machine itself by default.</summary>
    public string MetricsNetworks { get; set; } = "127.0.0.1/32 ::1/128";
}

/// <summary>
/// Metrics and traces, per tenant. The platform's own meter counts requests and their duration per tenant and status
/// class (not per route: 1,500 tenants × 150 routes would be too many series), and citizens' actions per tenant,
/// action and outcome; ASP.NET Core's spans carry the tenant. Nothing personal is ever a tag: no account, no address,
/// no query string.
/// </summary>
public static class PlatformTelemetry
{
    public const string MeterName = "OpenRegion.Cms";

    public const string TenantTag = "openregion.tenant";

    public static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "openregion.request.duration", unit: "s", description: "Time to answer a request of a tenant's site");

    public static readonly Counter<long> CitizenActions = Meter.CreateCounter<long>(
        "openregion.citizen.actions", unit: "{action}", description: "Citizens' limited actions (sign-in, registration, identity checks, signatures, votes, contributions), accepted or refused by the abuse limits");

    public static void AddOpenRegionTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(options);
        var otlp = Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        if (otlp is null && !options.Prometheus)
        {
            return;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("openregion-cms"));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddMeter(MeterName);
            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (otlp is not null)
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            }
        });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(instrumentation => instrumentation.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        }
    }

    /// <summary>/metrics for Prometheus, before tenants are resolved, to the allowed networks only (others get the usual 404).</summary>
    public static void UseOpenRegionMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<TelemetryOptions>();
        if (!options.Prometheus)
        {
            return;
        }

        var networks = options.MetricsNetworks.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(IPNetwork.Parse).ToList();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == "/metrics" && context.Connection.RemoteIpAddress is { } address
            && networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
    }

    /// <summary>Marks the request's span as the tenant's (its log line and the request metric are tagged too).</summary>
    public static void TagTenant(string tenantId) => Activity.Current?.SetTag(TenantTag, tenantId);

    public static void RecordRequest(string tenantId, int status, TimeSpan elapsed) =>
        RequestDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(TenantTag, tenantId), new KeyValuePair<string, object?>("http.response.status_class", (status / 100) + "xx"));

    public static void RecordCitizenAction(string? tenantId, Core.Security.LimitedAction action, bool accepted) =>
        CitizenActions.Add(1, new KeyValuePair<string, object?>(TenantTag, tenantId ?? "-"), new KeyValuePair<string, object?>("openregion.action", action.ToString()), new KeyValuePair<string, object?>("openregion.outcome", accepted ? "accepted" : "refused"));
}
