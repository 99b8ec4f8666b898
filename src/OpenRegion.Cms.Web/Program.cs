using OpenRegion.Cms.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenRegion();

var app = builder.Build();
await app.PrepareOpenRegionAsync();
app.UseOpenRegion();
app.MapOpenRegion();

try
{
    await app.RunAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
