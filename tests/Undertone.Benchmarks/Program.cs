using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/Undertone.Benchmarks -- --filter '*'
// Results go to docs/benchmarks.md (with the date and the machine).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
