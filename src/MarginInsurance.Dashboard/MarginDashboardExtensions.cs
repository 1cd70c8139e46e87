using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarginInsurance.Dashboard;

/// <summary>Mounts the dashboard into an ASP.NET Core host.</summary>
public static class MarginDashboardExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>
    /// Registers the dashboard: options, the <see cref="DashboardStore"/> and the background sampler. An
    /// <see cref="IKeeperStatusProvider"/> registered in the same container feeds the keeper panel.
    /// </summary>
    public static IServiceCollection AddMarginDashboard(this IServiceCollection services, Action<MarginDashboardOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.AddSingleton(sp => new DashboardStore(sp.GetRequiredService<IOptions<MarginDashboardOptions>>().Value.HistoryCapacity));
        services.AddHostedService<DashboardSampler>();
        services.AddSingleton<AccountReports>();
        services.AddSingleton<PoolDepthReader>();
        return services;
    }

    /// <summary>
    /// Maps the page at <paramref name="prefix"/> (e.g. "/" or "/dashboard") and its JSON API under
    /// <c>{prefix}api/</c>: accounts, series, risk, keeper, pools.
    /// </summary>
    public static IEndpointConventionBuilder MapMarginDashboard(this IEndpointRouteBuilder endpoints, string prefix = "/")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var root = "/" + (prefix ?? "/").Trim('/');
        var group = endpoints.MapGroup(root);
        // Routing ignores a trailing slash, but the page's relative URLs need it: "/dashboard" redirects to "/dashboard/".
        group.MapGet("/", (HttpContext context) =>
            context.Request.Path.Value is { } path && !path.EndsWith('/')
                ? Results.Redirect(context.Request.PathBase + path + "/")
                : Asset("index.html"));
        // No regex route constraint: hosts built with WebApplication.CreateSlimBuilder (the keeper) do not register it.
        group.MapGet("/{file}", (string file) => Asset(file));
        group.MapGet("/api/accounts", (DashboardStore store) => Results.Json(store.Accounts, Json));
        group.MapGet("/api/series", (DashboardStore store) => Results.Json(new { points = store.Series() }, Json));
        group.MapGet("/api/risk", (DashboardStore store) => Results.Json(store.Risk, Json));
        group.MapGet("/api/perps", (DashboardStore store) => Results.Json(store.Perps, Json));
        group.MapGet("/api/keeper", async (DashboardStore store, IServiceProvider services, CancellationToken ct) =>
        {
            var provider = services.GetService<IKeeperStatusProvider>();
            if (provider is null)
            {
                return Results.Json(new KeeperDto(false, null, null, store.Sampler), Json);
            }

            try
            {
                return Results.Json(new KeeperDto(true, await provider.GetStatusAsync(ct).ConfigureAwait(false), null, store.Sampler), Json);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new KeeperDto(true, null, ex.Message, store.Sampler), Json);
            }
        });
        AccountReports.Map(group, Json);
        group.MapGet("/api/pools", async (PoolDepthReader pools) =>
        {
            try
            {
                return Results.Json(new { pools = await pools.ReadAsync().ConfigureAwait(false), error = (string?)null }, Json);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new { pools = Array.Empty<PoolDepthDto>(), error = (string?)ex.Message }, Json);
            }
        });
        group.MapGet("/api/config", (IOptions<MarginDashboardOptions> options) => Results.Json(new { title = options.Value.Title }, Json));
        return group;
    }

    private static readonly HashSet<string> Assets = typeof(MarginDashboardExtensions).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)).Select(n => n["wwwroot/".Length..]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Names of the files the page is made of (all embedded in this assembly).</summary>
    public static IReadOnlyCollection<string> PageFiles => Assets;

    private static IResult Asset(string file)
    {
        if (!Assets.Contains(file))
        {
            return Results.NotFound();
        }

        var stream = typeof(MarginDashboardExtensions).Assembly.GetManifestResourceStream("wwwroot/" + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        return Results.Stream(stream, type);
    }
}
