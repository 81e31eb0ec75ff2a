using System.Diagnostics;
using CareerModel.Evaluate;
using CareerModel.Onet;
using NodaTime;

// Usage: dotnet run -c Release --project tools/CareerModel.Evaluate [-- <onet folder> <oews file> <related occupations file>]
// Without arguments the files are those of the repository's data/ folder.
var data = Path.Combine(FindRepository(), "data");
var onet = args.Length > 0 ? args[0] : Path.Combine(data, "onet");
var oews = args.Length > 1 ? args[1] : Path.Combine(data, "oews", "national_M2024_dl.tsv");
var related = args.Length > 2 ? args[2] : Path.Combine(data, "onet-related-dev", "Related Occupations (development half).tsv");

var watch = Stopwatch.StartNew();
var import = OnetCatalog.Load(onet, oews);
var importTime = watch.Elapsed;
var judgements = OnetRelatedOccupations.Load(related);
var report = OnetEvaluation.Run(import, judgements, SystemClock.Instance);
Console.Write(report.ToMarkdown());
Console.WriteLine();
Console.WriteLine(FormattableString.Invariant($"Judgements: {Path.GetFileName(related)} ({judgements.Count} primary relations). Import {importTime.TotalSeconds:0.00} s, evaluation {(watch.Elapsed - importTime).TotalSeconds:0.0} s."));

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "CareerModel.sln")))
            return folder.FullName;
    }
    return Directory.GetCurrentDirectory();
}
