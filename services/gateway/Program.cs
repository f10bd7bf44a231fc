using K8sShop.Gateway;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayProxy();
builder.AddStorefrontWebApp();

var app = builder.Build();
app.MapServiceDefaults();
app.MapGatewayProxy();
app.MapStorefrontWebApp();
app.Run();
