using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MarginInsurance.Sdk.Deployments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>Mounting the dashboard the way the keeper does (slim builder, keeper status provider), without a chain.</summary>
public sealed partial class DashboardHostingTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class FakeKeeper : IKeeperStatusProvider
    {
        public ValueTask<KeeperStatus> GetStatusAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(new KeeperStatus("0xkeeper", 100, 103, true, 2, 1, 7, 3, 4, 2, DateTimeOffset.UnixEpoch,
                new Dictionary<string, string> { ["profit"] = "12.5 USDC" }));
    }

    [Fact]
    public async Task Slim_host_serves_the_self_contained_page_and_the_keepers_status()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddSingleton<IKeeperStatusProvider, FakeKeeper>();
        builder.Services.AddMarginDashboard(o =>
        {
            o.RpcUrl = "http://127.0.0.1:9"; // nothing listens: the sampler records RPC errors, the page still serves
            o.Deployment = Deployment();
        });
        await using var app = builder.Build();
        app.MapMarginDashboard("/dashboard");
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/dashboard/") };

        var index = await http.GetStringAsync(string.Empty);
        Assert.Contains("<table id=\"accounts\">", index, StringComparison.Ordinal);
        Assert.Equal(["account.html", "account.js", "app.js", "chart.js", "index.html", "perps.js", "style.css"], MarginDashboardExtensions.PageFiles.Order(StringComparer.Ordinal));
        foreach (var file in MarginDashboardExtensions.PageFiles)
        {
            using var response = await http.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.False(External().IsMatch(text), $"{file} loads something from outside the dashboard: {External().Match(text).Value}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("secrets.json")).StatusCode);
        using (var bare = new HttpClient { BaseAddress = new Uri(url) })
        {
            using var redirected = await bare.GetAsync("dashboard"); // → /dashboard/ so the page's relative URLs resolve
            Assert.Equal("/dashboard/", redirected.RequestMessage!.RequestUri!.AbsolutePath);
        }


        var keeper = await http.GetFromJsonAsync<KeeperDto>("api/keeper", Json);
        Assert.NotNull(keeper);
        Assert.True(keeper.Attached);
        Assert.Equal(3, keeper.Status!.BlockLag);
        Assert.Equal(7, keeper.Status.RacesWon);

        var accounts = await http.GetFromJsonAsync<AccountsDto>("api/accounts", Json);
        Assert.Equal("unit", accounts!.Network);
        Assert.Empty(accounts.Accounts);
        await app.StopAsync();
    }

    // src/href/url()/@import/fetch of an absolute or protocol-relative URL.
    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:)?//|url\(\s*[""']?(https?:)?//|@import|fetch\(\s*[""'`](https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex External();

    private static DeploymentFile Deployment()
    {
        const string A = "0x0000000000000000000000000000000000000001";
        return new DeploymentFile
        {
            Network = "unit", ChainId = 31337, DeploymentBlock = 0, ConfigHash = "00", MarginVault = A, InsurancePool = A, OracleRouter = A,
            RateModel = A, Multicall3 = A, BaseAsset = A, BaseSymbol = "USDC", BaseDecimals = 6, Collaterals = [],
        };
    }
}
