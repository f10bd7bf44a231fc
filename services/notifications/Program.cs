using K8sShop.Notifications;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotifications();

var app = builder.Build();
app.MapServiceDefaults();
app.MapNotifications();
app.Run();
