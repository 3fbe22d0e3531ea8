using System.Text;
using LoopCoach.Cli;

// The loopcoach command: wiring only. Each feature's commands live in Commands/, its output in Rendering/.
Console.InputEncoding = Encoding.UTF8;
Console.OutputEncoding = Encoding.UTF8;
return LoopCoachCommandLine.Run(
    args,
    Console.Out,
    Console.Error,
    Console.OpenStandardInput(),
    interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected,
    Environment.GetEnvironmentVariable,
    TimeProvider.System);
