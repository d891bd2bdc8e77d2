// Trains the meaning model's classifiers on the embedded corpus and writes src/Undertone.Language/Model/classifiers.bin
// (then rebuild: the file is embedded). Deterministic: the same corpus and embeddings give the same file.
// With --evaluate, writes nothing: prints how training does on the train and dev splits by cross-validation.
using System.Diagnostics;
using Undertone.Language;

var clock = Stopwatch.StartNew();
if (args is ["--evaluate"])
{
    var scores = MeaningTrainer.CrossValidate(LabelledCorpus.Load(), SentenceEncoder.Load());
    Console.WriteLine(scores.Summary());
    Console.WriteLine($"Cross-validated in {clock.Elapsed.TotalSeconds:F1} s.");
    return;
}

var output = args.Length > 0 ? args[0] : Path.Combine("src", "Undertone.Language", "Model", "classifiers.bin");
var model = MeaningModel.Train(LabelledCorpus.Load());
using (var file = File.Create(output))
{
    model.Write(file);
}

Console.WriteLine($"Trained {model.Describe()} in {clock.Elapsed.TotalSeconds:F1} s; wrote {output}.");
