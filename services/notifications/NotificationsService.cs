using K8sShop.Notifications.Consumers;
using K8sShop.Notifications.Email;
using K8sShop.Notifications.Live;
using K8sShop.Notifications.Sending;
using K8sShop.Notifications.Sms;
using K8sShop.Notifications.Storage;
using K8sShop.Notifications.Templates;
using K8sShop.ServiceDefaults.Api;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Notifications;

/// <summary>Registers the notifications service; called by its own Program and by the one-process host.</summary>
public static class NotificationsService
{
    public const string Name = "notifications";

    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddNotificationStorage(Name);
        builder.AddServiceApiDocument(Name);
        builder.AddNotificationChannels();

        builder.Services.AddSingleton<TemplateRenderer>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<LivePush>();
        builder.Services.AddSingleton<RecentMessages>();
        builder.Services.AddSingleton<InboxFanOut>();
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        builder.Services.AddHostedService<DeliverySender>();

        builder.Services.AddSignalR();
        builder.Services.AcceptHubAccessTokenFromQuery(NotificationsHub.Path);

        builder.AddMessageConsumer<UserRegisteredConsumer>();
        builder.AddMessageConsumer<EmailConfirmationRequestedConsumer>();
        builder.AddMessageConsumer<PasswordResetRequestedConsumer>();
        builder.AddMessageConsumer<OrderSubmittedConsumer>();
        builder.AddMessageConsumer<OrderStatusChangedConsumer>();
        builder.AddMessageConsumer<PaymentFailedConsumer>();
        builder.AddMessageConsumer<InvoiceIssuedConsumer>();
        builder.AddMessageConsumer<ReservationExpiredConsumer>();
        // Every replica pushes to the connections it holds (see the consumers).
        builder.AddBroadcastConsumer<OrderStatusPushConsumer>();
        builder.AddBroadcastConsumer<InboxItemSignalConsumer>();
        return builder;
    }
}
