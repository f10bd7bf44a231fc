namespace K8sShop.ServiceDefaults.Data;

/// <summary>The storage engines a connection string can select.</summary>
public enum DatabaseEngine
{
    Sqlite,
    MySql,
    MongoDb,
}
