using LoopCoach.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LoopCoach.Web.Hosting;

/// <summary>
/// Turns the failures a user can cause into RFC 7807 problem details in the user's language: a
/// <see cref="LoopCoachException"/> by its kind (the CLI turns the same kinds into exit codes), and a request the
/// server could not read (malformed JSON, a body over the limit) into 400 or 413. Anything else is a 500 that says
/// nothing was changed, without a stack trace.
/// </summary>
internal sealed class Problems(IProblemDetailsService problems, ILogger<Problems> log) : IExceptionHandler
{
    /// <summary>The HTTP status of each error kind.</summary>
    public static int Status(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidInput => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Storage => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The CLI's exit code of each error kind, repeated in the problem so both front ends read alike.</summary>
    public static int ExitCode(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => 3,
        ErrorKind.InvalidInput => 4,
        ErrorKind.Storage => 5,
        ErrorKind.Conflict => 6,
        _ => 1,
    };

    /// <summary>The problem details of <paramref name="error"/>, in <paramref name="text"/>'s language.</summary>
    public static ProblemDetails For(LoopCoachException error, WebLanguage text)
    {
        var details = new ProblemDetails
        {
            Status = Status(error.Kind),
            Title = text["web.error.kind." + error.Kind.ToString().ToLowerInvariant()],
            Detail = text.Text(error.MessageKey, [.. error.Args]),
        };
        details.Extensions["code"] = error.MessageKey;
        details.Extensions["exitCode"] = ExitCode(error.Kind);
        details.Extensions["problems"] = error.Problems
            .Select(p => new ProblemItem(p.Field, p.MessageKey, text.Text(p.MessageKey, p.Args)))
            .ToList();
        return details;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var text = new WebLanguage(new HttpContextAccessor { HttpContext = context });
        ProblemDetails details;
        switch (exception)
        {
            case LoopCoachException error:
                details = For(error, text);
                break;
            case BadHttpRequestException bad:
                var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
                details = new ProblemDetails
                {
                    Status = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                    Title = text["web.error.kind.invalidinput"],
                    Detail = tooLarge ? text.Text("web.error.too-large", WebLimits.MaxBytes(context.Request) / 1024) : text["web.error.unreadable"],
                };
                details.Extensions["code"] = tooLarge ? "web.error.too-large" : "web.error.unreadable";
                details.Extensions["exitCode"] = 4;
                details.Extensions["problems"] = Array.Empty<ProblemItem>();
                break;
            default:
                log.LogError(exception, "Unexpected failure on {Path}", context.Request.Path);
                details = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = text["web.error.kind.internal"],
                    Detail = text.Text("web.error.internal", exception.GetType().Name),
                };
                details.Extensions["code"] = "web.error.internal";
                details.Extensions["exitCode"] = 1;
                details.Extensions["problems"] = Array.Empty<ProblemItem>();
                break;
        }

        context.Response.StatusCode = details.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}

/// <summary>One problem of an invalid input, as in the CLI's JSON errors.</summary>
public sealed record ProblemItem(string Field, string Code, string Message);

/// <summary>How much a request may send.</summary>
public static class WebLimits
{
    /// <summary>The largest request body: a posting (100,000 characters) or an answer (1 MB) with room to spare.</summary>
    public const int MaxRequestBytes = 2 * 1024 * 1024;

    /// <summary>The largest import (the whole bank's or the story bank's): that of <c>loopcoach import</c> and <c>stories import</c>.</summary>
    public const int MaxImportBytes = Storage.Bank.BankImport.MaxFileBytes;

    /// <summary>
    /// Whether <paramref name="request"/> may be an import (the whole bank's, or the story bank's upload on the stories'
    /// transfer page), the one kind of request allowed <see cref="MaxImportBytes"/>.
    /// </summary>
    public static bool IsImport(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/import", StringComparison.Ordinal) || request.Path.Equals("/account", StringComparison.Ordinal)
            || request.Path.Equals("/stories/transfer", StringComparison.Ordinal));

    /// <summary>The largest body <paramref name="request"/> may send.</summary>
    public static int MaxBytes(HttpRequest request) => IsImport(request) ? MaxImportBytes : MaxRequestBytes;

    /// <summary>Lets an import past the server's 2 MB limit, up to its own; set before anything reads the body.</summary>
    public static Task RaiseForImport(HttpContext context, RequestDelegate next)
    {
        if (IsImport(context.Request) && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxImportBytes;
        }

        return next(context);
    }

    /// <summary>Reads an import's bytes, refusing past <see cref="MaxImportBytes"/> with the limit named, whatever server runs the app.</summary>
    public static async Task<byte[]> ReadImport(Stream body, string source, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
            {
                throw new LoopCoach.Core.Errors.LoopCoachException(LoopCoach.Core.Errors.ErrorKind.InvalidInput, "file.too-large", source, MaxImportBytes / 1024 / 1024);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
