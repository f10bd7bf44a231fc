namespace K8sShop.Users.Tests.Hosting;

/// <summary>A second users host on the first one's database, as a second pod of the same Deployment.</summary>
public sealed class UsersReplica(UsersApp first) : UsersApp
{
    protected override Dictionary<string, string?> Settings => new() { ["ConnectionStrings:users"] = first.ConnectionString };
}
