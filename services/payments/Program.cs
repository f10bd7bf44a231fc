using K8sShop.Payments;
using K8sShop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPayments();

var app = builder.Build();
app.MapServiceDefaults();
app.MapPayments();
app.Run();
