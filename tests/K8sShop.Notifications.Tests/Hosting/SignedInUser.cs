namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>A registered account signed in through the users service: its id, address and access token.</summary>
public sealed record SignedInUser(Guid Id, string Email, string AccessToken);
