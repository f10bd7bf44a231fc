using K8sShop.Stockcheck;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStockcheck();

var app = builder.Build();
app.MapServiceDefaults();
app.MapStockcheck();
app.Run();
