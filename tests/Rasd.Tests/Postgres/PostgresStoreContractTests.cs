using Rasd.Store;
using Rasd.Store.Postgres;
using Rasd.Tests.Store;

namespace Rasd.Tests.Postgres;

/// <summary>The shared storage suite against PostgreSQL (a database of its own per test).</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly PgTestDatabase? _db = PgTestDatabase.Unavailable ? null : new PgTestDatabase();

    protected override bool Unavailable => _db == null;
    protected override IStore CreateStore() => new PostgresStore(_db!.Url);
    protected override IStore ReopenStore() => StoreFactory.Open(_db!.Url);

    public override void Dispose()
    {
        base.Dispose();
        _db?.Dispose();
    }
}
