namespace K8sShop.Users.Pages;

/// <summary>The fields posted by the reset-password page.</summary>
public sealed class ResetPasswordForm
{
    public string? Email { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }
}
