using MySqlConnector;

namespace K8sShop.Billing.Invoicing;

/// <summary>Recognises a MySQL/MariaDB deadlock, which the server resolves by asking one side to retry.</summary>
internal static class Deadlocks
{
    public static bool Caused(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock })
            {
                return true;
            }
        }

        return false;
    }
}
