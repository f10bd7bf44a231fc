using K8sShop.Users;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddUsers();

var app = builder.Build();
app.MapServiceDefaults();
app.MapUsers();
app.Run();
