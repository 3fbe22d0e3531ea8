using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/LoopCoach.Benchmarks -- --filter '*'
// (add --job short for a quick look). Targets are in the README.
BenchmarkSwitcher.FromAssembly(typeof(LoopCoach.Benchmarks.BenchmarkConfig).Assembly).Run(args);
