using K8sShop.Discounts;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDiscounts();

var app = builder.Build();
app.MapServiceDefaults();
app.MapDiscounts();
app.Run();
