namespace CareerModel.Tests.Onet;

/// <summary>
/// A tiny O*NET release in the text edition's layout (<c>X.txt</c>, no Title or Scale Name
/// columns, <c>n/a</c> for missing values) written to a temporary folder, for error and edge tests.
/// </summary>
public sealed class MiniRelease : IDisposable
{
    public const string RatingHeader = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source";

    public MiniRelease()
    {
        Folder = Path.Combine(Path.GetTempPath(), "onet-mini-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Write("Occupation Data.txt",
            "O*NET-SOC Code\tTitle\tDescription",
            "43-4051.00\tCustomer Service Representatives\tInteract with customers to answer questions about products and services.",
            "43-1011.00\tFirst-Line Supervisors of Office and Administrative Support Workers\tSupervise and coordinate clerical workers.",
            "43-4171.00\tReceptionists and Information Clerks\tAnswer inquiries and give information to customers and visitors.",
            "43-9199.00\tOffice and Administrative Support Workers, All Other\tAll other office workers.");
        Write("Job Zones.txt",
            "O*NET-SOC Code\tJob Zone\tDate\tDomain Source",
            "43-4051.00\t2\t08/2023\tAnalyst",
            "43-1011.00\t3\t08/2023\tAnalyst",
            "43-4171.00\t2\t08/2023\tAnalyst");
        Write("Skills.txt",
            RatingHeader,
            Rating("43-4051.00", "2.A.1.b", "Active Listening", "IM", "4.00", "0.00", "4.00", "4.00", "N", "n/a"),
            Rating("43-4051.00", "2.A.1.b", "Active Listening", "LV", "4.00", "0.10", "3.80", "4.20", "N", "N"),
            Rating("43-4051.00", "2.B.3.e", "Programming", "IM", "1.00", "0.00", "1.00", "1.00", "N", "n/a"),
            Rating("43-4051.00", "2.B.3.e", "Programming", "LV", "0.12", "0.10", "0.00", "0.30", "N", "Y"),
            Rating("43-1011.00", "2.A.1.b", "Active Listening", "IM", "4.50", "0.20", "4.10", "4.90", "N", "n/a"),
            Rating("43-1011.00", "2.A.1.b", "Active Listening", "LV", "4.75", "0.30", "4.10", "5.40", "Y", "N"),
            Rating("43-1011.00", "2.B.3.e", "Programming", "IM", "2.00", "n/a", "n/a", "n/a", "N", "n/a"),
            Rating("43-1011.00", "2.B.3.e", "Programming", "LV", "1.50", "n/a", "n/a", "n/a", "N", "N"),
            Rating("43-4171.00", "2.A.1.b", "Active Listening", "IM", "3.75", "0.10", "3.50", "4.00", "N", "n/a"),
            Rating("43-4171.00", "2.A.1.b", "Active Listening", "LV", "3.88", "0.10", "3.60", "4.10", "N", "N"),
            Rating("43-4171.00", "2.B.3.e", "Programming", "IM", "1.25", "0.10", "1.00", "1.50", "N", "n/a"),
            Rating("43-4171.00", "2.B.3.e", "Programming", "LV", "0.25", "0.10", "0.00", "0.50", "N", "N"));
        Write("Knowledge.txt",
            RatingHeader,
            Rating("43-4051.00", "2.C.1.e", "Customer and Personal Service", "IM", "4.70", "0.16", "4.37", "5.00", "N", "n/a"),
            Rating("43-4051.00", "2.C.1.e", "Customer and Personal Service", "LV", "5.67", "0.48", "4.69", "6.66", "N", "N"),
            Rating("43-1011.00", "2.C.1.e", "Customer and Personal Service", "IM", "4.00", "0.20", "3.60", "4.40", "N", "n/a"),
            Rating("43-1011.00", "2.C.1.e", "Customer and Personal Service", "LV", "4.50", "0.30", "3.90", "5.10", "N", "N"),
            Rating("43-4171.00", "2.C.1.e", "Customer and Personal Service", "IM", "4.20", "0.20", "3.80", "4.60", "N", "n/a"),
            Rating("43-4171.00", "2.C.1.e", "Customer and Personal Service", "LV", "5.00", "0.30", "4.40", "5.60", "N", "N"),
            Rating("99-9999.00", "2.C.1.e", "Customer and Personal Service", "IM", "4.20", "0.20", "3.80", "4.60", "N", "n/a"));
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    public static string Rating(string code, string element, string name, string scale, string value, string error, string lower, string upper, string suppress, string notRelevant) =>
        $"{code}\t{element}\t{name}\t{scale}\t{value}\t8\t{error}\t{lower}\t{upper}\t{suppress}\t{notRelevant}\t08/2023\tAnalyst";

    public void Write(string file, params string[] lines) => File.WriteAllText(PathOf(file), string.Join('\n', lines) + "\n");

    /// <summary>Replaces one line (1-based) of a file.</summary>
    public void ReplaceLine(string file, int line, string text)
    {
        var lines = File.ReadAllLines(PathOf(file));
        lines[line - 1] = text;
        File.WriteAllLines(PathOf(file), lines);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
