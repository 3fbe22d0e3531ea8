using System.Data.Common;
using LoopCoach.Core.Errors;

namespace LoopCoach.Storage;

/// <summary>
/// What differs between the databases LoopCoach runs on, and nothing else: every store's SQL is written once and is
/// valid on both (<c>@name</c> parameters, <c>RETURNING</c>, <c>ON CONFLICT</c>, text timestamps); what cannot be is here.
/// </summary>
internal abstract class Dialect
{
    /// <summary>
    /// Whether this process queues its own writes to one database (SQLite: one writer at a time per file; a server
    /// database takes concurrent writers itself, and a queue in one node's memory would mean nothing to another node).
    /// </summary>
    public abstract bool QueuesWrites { get; }

    /// <summary>Appended to a read inside a write transaction that the write depends on (a version number to bump).</summary>
    public virtual string ForUpdate => "";

    /// <summary>
    /// Begins a read-only transaction that sees one moment of the database however long it runs: what an export or
    /// a backup reads in, so a write landing meanwhile is in the file whole or not at all.
    /// </summary>
    public abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>The number of migration scripts applied.</summary>
    public abstract int SchemaVersion(DbConnection connection);

    /// <summary>The user-facing error for a database failure; null when <paramref name="e"/> is not one.</summary>
    public abstract LoopCoachException? Translate(Exception e, string where);

    /// <summary>
    /// Called after a row was inserted into <paramref name="table"/> with an id given by hand (an import keeping its
    /// ids), so the next id the database hands out is past it.
    /// </summary>
    public virtual void AfterExplicitId(DbConnection connection, DbTransaction transaction, string table)
    {
    }
}

/// <summary>Parameters written once for both providers.</summary>
internal static class DbCommandExtensions
{
    /// <summary>Binds <paramref name="value"/> (null as SQL NULL) to <c>@name</c>.</summary>
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
