using K8sShop.Inventory;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddInventory();

var app = builder.Build();
app.MapServiceDefaults();
app.MapInventory();
app.Run();
