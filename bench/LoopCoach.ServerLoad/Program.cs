// Simulated candidates running mock loops through the HTTP API against several web nodes (loopback only), for a
// bounded time; then every answer a node acknowledged is looked up in the database. Started by bench/server-load.sh.
//   LoopCoach.ServerLoad NODES CANDIDATES SECONDS CONNECTION-STRING
// ACCOUNTS=1: the nodes run with accounts, and each candidate registers (or signs in) first and sends its own cookie.
// THINK_MS=N: each candidate waits N ms between two turns (a person reads and thinks); 0, the default, sends at once.
// RAMP_S=N: the candidates arrive one after another over the first N seconds, as people do; 0, the default, all at once.
using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: LoopCoach.ServerLoad http://127.0.0.1:A,http://127.0.0.1:B CANDIDATES SECONDS CONNECTION-STRING");
    return 2;
}

var nodes = args[0].Split(',', StringSplitOptions.RemoveEmptyEntries);
if (nodes.Any(n => !n.StartsWith("http://127.", StringComparison.Ordinal) && !n.StartsWith("http://localhost", StringComparison.Ordinal)))
{
    Console.Error.WriteLine("server-load: nodes must be on loopback");
    return 2;
}

var candidates = int.Parse(args[1], CultureInfo.InvariantCulture);
var seconds = int.Parse(args[2], CultureInfo.InvariantCulture);
var accounts = Environment.GetEnvironmentVariable("ACCOUNTS") is "1" or "true";
var thinkMs = int.TryParse(Environment.GetEnvironmentVariable("THINK_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var think) ? think : 0;
var rampMs = int.TryParse(Environment.GetEnvironmentVariable("RAMP_S"), NumberStyles.None, CultureInfo.InvariantCulture, out var ramp) ? ramp * 1000 : 0;
string[] answers =
[
    "I am an account manager with five years in B2B sales, mostly research clients.",
    "Last year our biggest client threatened to leave. I was asked to fix their weekly report. I rebuilt the queries myself and met them every Monday.",
    "The report was corrected within two days and they renewed for another year.",
    "I learned to check the numbers with the client before I ship anything.",
    "In 2024 I noticed our onboarding calls ran long. I wrote a checklist and trained two new colleagues on it. Calls got 20 minutes shorter.",
    "작년에 가장 큰 고객사가 계약 해지를 통보했습니다. 제가 주간 보고서를 직접 다시 만들었고 매주 월요일에 만났습니다. 그 결과 재계약에 성공했습니다.",
    "What does success look like in the first six months?",
];

var turnMs = new ConcurrentBag<double>();
var acknowledged = new ConcurrentBag<(long Session, int Seq, string Answer)>();
var errors = new ConcurrentDictionary<string, int>();
var signInMs = new ConcurrentBag<double>();
var requests = 0L;
var loops = 0L;
// Without accounts every candidate shares one client; with them each has its own, holding its own cookies (the
// sign-in cookie and the antiforgery cookie), as each person's browser does.
using var shared = Client(useCookies: false);
HttpClient Client(bool useCookies) => new(new SocketsHttpHandler
{
    MaxConnectionsPerServer = 1024,
    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    UseCookies = useCookies,
    CookieContainer = new CookieContainer(),
    AllowAutoRedirect = false,
})
{
    Timeout = TimeSpan.FromSeconds(30),
};
var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);

var rerouted = 0L;
var repeatsRefused = 0L;

async Task Candidate(int index)
{
    if (rampMs > 0)
    {
        await Task.Delay((int)((long)index * rampMs / candidates));
    }

    using var own = accounts ? Client(useCookies: true) : null;
    var http = own ?? shared;
    var random = new Random(index);
    var request = 0;
    string Node() => nodes[request++ % nodes.Length];   // every request to the next node: nothing sticks to one

    // A node being restarted refuses connections: the request goes to the next node, as a load balancer would
    // send it. An answer whose node died after keeping it and before replying is sent again; it was never
    // acknowledged, so only the copy that is acknowledged is looked for afterwards.
    async Task<(HttpResponseMessage Response, bool Resent)> Send(Func<string, Task<HttpResponseMessage>> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await send(Node()), attempt > 1);
            }
            catch (HttpRequestException) when (attempt < nodes.Length * 3)
            {
                Interlocked.Increment(ref rerouted);
                await Task.Delay(50 * attempt);
            }
        }
    }

    // Registers on one node (or signs in, when the address has an account already), each form with the token the
    // page drew: the sign-in cookie then works on every node, as the keys that sign it are in the database.
    async Task<bool> SignIn()
    {
        var email = string.Create(CultureInfo.InvariantCulture, $"load-{index}@example.com");
        const string password = "a load test passphrase";
        var watch = Stopwatch.StartNew();
        foreach (var (path, handler, fields) in new[]
        {
            ("/account/register", "register", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["Again"] = password }),
            ("/account/signin", "signin", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }),
        })
        {
            var (page, _) = await Send(node => http.GetAsync(node + path));
            using var pageResponse = page;
            var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
            Interlocked.Increment(ref requests);
            if (!token.Success)
            {
                continue;
            }

            fields["_handler"] = handler;
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
            var (posted, _) = await Send(node => http.PostAsync(node + path, new FormUrlEncodedContent(fields)));
            using var postedResponse = posted;
            Interlocked.Increment(ref requests);
            if (posted.StatusCode == HttpStatusCode.Redirect)
            {
                signInMs.Add(watch.Elapsed.TotalMilliseconds);
                return true;
            }
        }

        errors.AddOrUpdate("sign-in", 1, (_, n) => n + 1);
        return false;
    }

    try
    {
        if (accounts && !await SignIn())
        {
            return;
        }
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        errors.AddOrUpdate("sign-in " + e.GetType().Name, 1, (_, n) => n + 1);
        return;
    }

    while (clock.Elapsed < deadline)
    {
        try
        {
            var (started, _) = await Send(node => http.PostAsJsonAsync(node + "/api/loops", new { template = "phone-screen", language = index % 3 == 0 ? "ko" : "en", seed = random.Next(1, 1_000_000) }));
            using var startedResponse = started;
            Interlocked.Increment(ref requests);
            if (!started.IsSuccessStatusCode)
            {
                errors.AddOrUpdate($"start {(int)started.StatusCode}", 1, (_, n) => n + 1);
                continue;
            }

            var session = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.Clone();
            var id = session.GetProperty("id").GetInt64();
            Interlocked.Increment(ref loops);
            for (var seq = 1; clock.Elapsed < deadline && session.GetProperty("status").GetString() != "finished"; seq++)
            {
                var answer = $"{answers[random.Next(answers.Length)]} ({index}-{seq})";
                var watch = Stopwatch.StartNew();
                var (answered, resent) = await Send(node => http.PostAsJsonAsync($"{node}/api/loops/{id}/answers", new { answer }));
                using var answeredResponse = answered;
                var body = await answered.Content.ReadAsStringAsync();
                watch.Stop();
                Interlocked.Increment(ref requests);
                if (resent && answered.StatusCode == System.Net.HttpStatusCode.Conflict)
                {
                    // The first copy was kept and ended the loop before its node died; the copy is refused, rightly.
                    Interlocked.Increment(ref repeatsRefused);
                    break;
                }

                if (!answered.IsSuccessStatusCode)
                {
                    errors.AddOrUpdate($"answer {(int)answered.StatusCode}", 1, (_, n) => n + 1);
                    break;
                }

                turnMs.Add(watch.Elapsed.TotalMilliseconds);
                session = JsonDocument.Parse(body).RootElement.Clone();
                var turns = session.GetProperty("turns");
                acknowledged.Add((id, turns[turns.GetArrayLength() - 1].GetProperty("seq").GetInt32(), answer));
                if (thinkMs > 0)
                {
                    await Task.Delay(thinkMs);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            errors.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
        }
    }
}

await Task.WhenAll(Enumerable.Range(0, candidates).Select(i => Task.Run(() => Candidate(i))));
var elapsed = clock.Elapsed.TotalSeconds;

// Every acknowledged answer must be in the database, word for word.
var stored = new Dictionary<(long, int), string>();
var owners = 0L;
await using (var connection = new NpgsqlConnection(args[3]))
{
    await connection.OpenAsync();
    await using (var distinct = new NpgsqlCommand("SELECT count(DISTINCT owner_id) FROM sessions", connection))
    {
        // With accounts, each candidate's loops are their own account's: as many owners as candidates who signed in.
        owners = (long)(await distinct.ExecuteScalarAsync() ?? 0L);
    }

    await using var command = new NpgsqlCommand("SELECT session_id, seq, answer FROM session_turns", connection);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        stored[(reader.GetInt64(0), reader.GetInt32(1))] = reader.GetString(2);
    }
}

var lost = acknowledged.Count(a => !stored.TryGetValue((a.Session, a.Seq), out var text) || text != a.Answer);
var sorted = turnMs.Order().ToArray();
static double Median(IEnumerable<double> values) => values.Order().ToArray() is { Length: > 0 } all ? all[all.Length / 2] : 0;
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
var errorCount = errors.Values.Sum();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    candidates: {candidates} on {nodes.Length} nodes, {elapsed:F0} s{(accounts ? $", each signed in with its own cookie ({signInMs.Count} signed in; registering and signing in took p50 {Median(signInMs):F0} ms)" : "")}{(thinkMs > 0 ? $", thinking {thinkMs} ms between turns" : "")}
    requests: {requests} ({requests / elapsed:F1} req/s), loops started: {loops}
    turns: {sorted.Length} ({sorted.Length / elapsed:F1} turns/s); per turn p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {(sorted.Length == 0 ? 0 : sorted[^1]):F1} ms
    errors: {errorCount}{(errorCount == 0 ? "" : " (" + string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")) + ")")}; requests sent to another node because theirs was down: {rerouted}; answers sent again after their node died and refused because the loop had ended: {repeatsRefused}
    acknowledged answers: {acknowledged.Count}, in the database: {acknowledged.Count - lost}, lost: {lost}; the loops belong to {owners} owner(s)
    """));
return errorCount == 0 && lost == 0 ? 0 : 1;
