// Trains the meaning model's classifiers on the embedded corpus and writes src/Undertone.Language/Model/classifiers.bin
// (then rebuild: the file is embedded). Deterministic: the same corpus and embeddings give the same file.
using System.Diagnostics;
using Undertone.Language;

var output = args.Length > 0 ? args[0] : Path.Combine("src", "Undertone.Language", "Model", "classifiers.bin");
var clock = Stopwatch.StartNew();
var model = MeaningModel.Train(LabelledCorpus.Load());
using (var file = File.Create(output))
{
    model.Write(file);
}

Console.WriteLine($"Trained {model.Describe()} in {clock.Elapsed.TotalSeconds:F1} s; wrote {output}.");
