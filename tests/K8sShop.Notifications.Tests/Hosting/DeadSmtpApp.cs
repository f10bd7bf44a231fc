using K8sShop.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>
/// The service outside Development, pointed at an SMTP port nobody listens on, on a fake clock the
/// test moves: every attempt fails, and the retries happen when the test says time has passed.
/// </summary>
public sealed class DeadSmtpApp : NotificationsApp
{
    // Whole seconds: MariaDB keeps microseconds, so computed times compare exactly after a round trip.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public static int MaxAttempts => 3;

    public static TimeSpan FirstRetryAfter => TimeSpan.FromMinutes(1);

    protected override string Environment => "Testing";

    protected override bool UsesMail => false;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Notifications:Smtp:Port"] = ShopProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Delivery:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Delivery:FirstRetryAfter"] = FirstRetryAfter.ToString();
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
