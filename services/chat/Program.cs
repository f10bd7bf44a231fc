using K8sShop.Chat;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddChat();

var app = builder.Build();
app.MapServiceDefaults();
app.MapChat();
app.Run();
