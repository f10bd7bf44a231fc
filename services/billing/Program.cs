using K8sShop.Billing;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBilling();

var app = builder.Build();
app.MapServiceDefaults();
app.MapBilling();
app.Run();
