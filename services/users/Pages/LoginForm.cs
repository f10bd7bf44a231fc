namespace K8sShop.Users.Pages;

/// <summary>The fields posted by the login page.</summary>
public sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
