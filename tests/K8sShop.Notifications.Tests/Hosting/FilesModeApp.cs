namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>The service in Development with email in <c>files</c> mode, as the embedded mode runs it.</summary>
public sealed class FilesModeApp : NotificationsApp
{
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("k8sshop-mail-").FullName;

    protected override bool UsesMail => false;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Notifications:Email:Mode"] = "files";
        settings["Notifications:Email:Folder"] = MailFolder;
    }
}
