// The fuzzing harness: afl-fuzz starts it once per target and feeds it inputs through SharpFuzz.
// Usage: CareerModel.Fuzz <target> <O*NET release folder>   (eng/fuzz.sh runs it)
//        CareerModel.Fuzz <target> <O*NET release folder> <file>…   (runs the files, no fuzzer)
using CareerModel.Fuzz;
using SharpFuzz;

if (args.Length < 2 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: CareerModel.Fuzz <{string.Join('|', FuzzTargets.Names)}> <O*NET release folder> [file…]");
    return 2;
}
var (target, release) = (args[0], args[1]);
if (args.Length > 2)
{
    foreach (var file in args[2..])
        Console.WriteLine($"{file}: {(FuzzTargets.Run(target, File.ReadAllBytes(file), release) is { } refusal ? "refused: " + refusal : "accepted")}");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray(), release);
});
return 0;
