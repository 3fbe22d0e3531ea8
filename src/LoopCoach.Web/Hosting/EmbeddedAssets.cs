using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace LoopCoach.Web.Hosting;

/// <summary>
/// Serves the files built into this assembly (<c>wwwroot/</c> and Blazor's <c>_framework/blazor.web.js</c>) at
/// their paths, with an ETag so that a browser asks again cheaply and never keeps an old copy after an upgrade.
/// Embedded rather than static web assets on disk, so the app needs no folder beside whichever program hosts it.
/// </summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "assets/";

    private static readonly Lazy<FrozenDictionary<string, Asset>> All = new(Load);

    /// <summary>The path of a file with a version query that changes with its content, for links in pages.</summary>
    public static string Url(string path) => All.Value.TryGetValue("/" + path, out var asset) ? $"/{path}?v={asset.Tag[1..9]}" : "/" + path;

    public static IApplicationBuilder UseEmbeddedAssets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && All.Value.TryGetValue(context.Request.Path.Value ?? "", out var asset))
        {
            var response = context.Response;
            response.Headers.ETag = asset.Tag;
            response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch.ToString() == asset.Tag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.ContentType = asset.ContentType;
            response.ContentLength = asset.Bytes.Length;
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await response.Body.WriteAsync(asset.Bytes, context.RequestAborted);
            }

            return;
        }

        await next(context);
    });

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var types = new FileExtensionContentTypeProvider();
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var path = "/" + name[Prefix.Length..];
            var type = types.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal))
            {
                type += "; charset=utf-8";
            }

            assets[path] = new Asset(bytes, type, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string Tag);
}
