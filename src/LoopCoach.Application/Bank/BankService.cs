using System.Text.Json;
using LoopCoach.Storage.Bank;

namespace LoopCoach.Application.Bank;

/// <summary>
/// Moving in and out: everything the database keeps for the user as one JSON file (<c>loopcoach export</c>,
/// <c>GET /api/export</c>, the account page), and that file taken in again here or in another account or bank.
/// </summary>
public sealed class BankService(BankStore store)
{
    /// <summary>The whole bank.</summary>
    public BankDocument Export() => store.Export();

    /// <summary>The whole bank as the file <see cref="Import"/> reads, UTF-8.</summary>
    public byte[] ExportUtf8() => JsonSerializer.SerializeToUtf8Bytes(store.Export(), BankJson.Options.GetTypeInfo(typeof(BankDocument)));

    /// <summary>
    /// Reads a bank file (or a story export) and takes it in, in one transaction: everything is checked first, and
    /// nothing is written unless all of it is valid. A dry run does the import, reports it and keeps nothing.
    /// </summary>
    public BankImportReport Import(ReadOnlySpan<byte> file, string source, bool dryRun) =>
        store.Import(BankImport.Parse(file, source), commit: !dryRun);
}
