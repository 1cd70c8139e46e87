using MarginInsurance.Dashboard;

// Stand-alone dashboard for local use:
//   dotnet run --project src/MarginInsurance.Dashboard.Host -- --rpc http://127.0.0.1:8545 --deployment deployments/localhost.json --urls http://127.0.0.1:5080
// (--urls http://127.0.0.1:0 picks a free port; the address is logged at start.)
var builder = WebApplication.CreateBuilder(args);
var rpc = builder.Configuration["rpc"] ?? "http://127.0.0.1:8545";
var deployment = builder.Configuration["deployment"] ?? Path.Combine("deployments", "localhost.json");
builder.Services.AddMarginDashboard(o =>
{
    o.RpcUrl = rpc;
    o.DeploymentPath = deployment;
    o.PricesFolder = builder.Configuration["prices"];
});
var app = builder.Build();
app.MapMarginDashboard("/");
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("MarginInsurance dashboard on {Urls} watching {Rpc} ({Deployment})", string.Join(", ", app.Urls), rpc, deployment));
await app.RunAsync().ConfigureAwait(false);
