using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace K8sShop.Users.Accounts;

/// <summary>
/// Limits sign-in and reset attempts per account (normalized email), whether or not the account
/// exists, so the answers never tell the two apart and a password cannot be guessed from many addresses.
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttemptLimiter(IOptions<RateLimits> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PerAccount, Window = limits.AccountWindow, QueueLimit = 0 }));
    }

    /// <summary>True when this attempt may proceed.</summary>
    public bool TryAttempt(string purpose, string? email)
    {
        using var lease = _limiter.AttemptAcquire(purpose + ":" + (email ?? "").Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
