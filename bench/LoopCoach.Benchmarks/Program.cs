using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/LoopCoach.Benchmarks -- --filter '*'
// (add --job short for a quick look). Targets are in the README.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
