using K8sShop.Orders;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddOrders();

var app = builder.Build();
app.MapServiceDefaults();
app.MapOrders();
app.Run();
