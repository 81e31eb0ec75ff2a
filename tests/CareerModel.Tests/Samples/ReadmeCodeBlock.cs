using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using CareerModel.Careers;
using CareerModel.Onet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Samples;

/// <summary>
/// One ```csharp block of a Markdown file, compiled as the whole program a reader would paste into
/// a new console project (<c>dotnet new console</c>: its implicit usings, nullable on) referencing
/// CareerModel, CareerModel.Onet and NodaTime, and run to check what it prints.
/// </summary>
/// <remarks>
/// <para>What a block promises to print, by the README's conventions:</para>
/// <list type="bullet">
/// <item>When the paragraph after the block ends with "this prints:" and a ```text (or ```mermaid) block follows, that
/// text is everything the block prints, and its comments are only commentary.</item>
/// <item>Otherwise a <c>// comment</c> at the end of a <c>Console.WriteLine</c> line, or the comment-only
/// lines right below it, are what that call prints (a loop's calls together, one comment line per
/// line printed). An expectation ending with <c>…</c> promises only the start. A call with no comment
/// promises nothing.</item>
/// </list>
/// <para>To run a block the test changes its text in two ways, each on the line it is on, so
/// line numbers stay the README's: every <c>SystemClock.Instance</c> becomes a <see cref="FakeClock"/>
/// at <see cref="Today"/>, the day the README's outputs assume; every <c>Console.WriteLine(</c> becomes
/// <see cref="ReadmeOutput.WriteLine(object?, int)"/>, which prints the same thing to the same
/// (redirected) <see cref="Console.Out"/> and notes the line that printed it. The block as shown is
/// compiled too, unchanged, for its diagnostics.</para>
/// <para>A block runs in the repository root, so <c>data/...</c> resolves; a block naming one of the
/// reader's own files (<see cref="ReadersFiles"/>) runs instead in a new temporary folder holding a copy
/// of the example file that stands for it, so nothing it writes lands in the repository.</para>
/// </remarks>
public sealed partial class ReadmeCodeBlock
{
    /// <summary>The day the README's outputs assume, noon UTC; a block's <c>SystemClock.Instance</c> is replaced by a clock fixed on it.</summary>
    public static readonly Instant Today = Instant.FromUtc(2026, 11, 25, 12, 0);

    /// <summary>Files a block reads as the reader's own, and the repository's example files that stand in for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReadersFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["my-catalog.json"] = "docs/examples/customer-service.catalog.json",
        ["me.profile.json"] = "docs/examples/customer-service.profile.json",
    };

    private const string FakeClockSource = "new global::NodaTime.Testing.FakeClock(global::NodaTime.Instant.FromUtc(2026, 11, 25, 12, 0))";

    // What `dotnet new console` gives a project for free (ImplicitUsings=enable in Microsoft.NET.Sdk).
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> references = new(BuildReferences);

    private static readonly CSharpParseOptions parseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions compilationOptions = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            nullableContextOptions: NullableContextOptions.Enable)
        // The SDK silences these two (assembly version unification) in every project.
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private ReadmeCodeBlock(string file, int openingLine, string code, string? printedText)
    {
        File = file;
        OpeningLine = openingLine;
        Code = code;
        PrintedText = printedText;
    }

    /// <summary>The Markdown file's name, for messages.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the block's opening ```csharp fence.</summary>
    public int OpeningLine { get; }

    /// <summary>The block's code, exactly as shown.</summary>
    public string Code { get; }

    /// <summary>The ```text block after "this prints:", or null when the block's comments say what it prints.</summary>
    public string? PrintedText { get; }

    /// <summary>Every ```csharp block of a Markdown document, in order.</summary>
    public static IReadOnlyList<ReadmeCodeBlock> Parse(string markdown, string file = "README.md")
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<ReadmeCodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
                continue;
            var opening = i;
            var end = ClosingFence(lines, opening);
            var code = string.Join('\n', lines[(opening + 1)..end]) + "\n";
            blocks.Add(new ReadmeCodeBlock(file, opening + 1, code, PrintedTextAfter(lines, end)));
            i = end;
        }
        return blocks;
    }

    private static int ClosingFence(string[] lines, int opening)
    {
        for (var i = opening + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "```")
                return i;
        }
        throw new FormatException($"The ```csharp block at line {opening + 1} is never closed.");
    }

    // The ```text block after a paragraph that ends with "this prints:", if the block is followed by one.
    private static string? PrintedTextAfter(string[] lines, int closingFence)
    {
        var i = closingFence + 1;
        while (i < lines.Length && lines[i].Trim().Length == 0)
            i++;
        var paragraphEnd = i;
        while (paragraphEnd < lines.Length && lines[paragraphEnd].Trim().Length > 0 && !lines[paragraphEnd].TrimStart().StartsWith("```", StringComparison.Ordinal))
            paragraphEnd++;
        if (paragraphEnd == i || !lines[paragraphEnd - 1].TrimEnd().EndsWith("this prints:", StringComparison.OrdinalIgnoreCase))
            return null;
        i = paragraphEnd;
        while (i < lines.Length && lines[i].Trim().Length == 0)
            i++;
        if (i == lines.Length || lines[i].Trim() is not ("```text" or "```mermaid"))
            return null;
        var end = ClosingFence(lines, i);
        return string.Join('\n', lines[(i + 1)..end]);
    }

    /// <summary>The block's errors and warnings as shown, each at its line and column in the Markdown file.</summary>
    public IReadOnlyList<string> CompileAsShown() =>
        Describe(Compile(Code, references.Value).GetDiagnostics(), "");

    /// <summary>Compiles the block with the test's substitutions, runs it, and lists where what it prints differs from what the README says.</summary>
    public IReadOnlyList<string> RunAndCompare(string repositoryRoot)
    {
        var problems = new List<string>();
        var expectations = Expectations();
        var runnable = Substituted(Code);
        if (runnable.Contains("SystemClock", StringComparison.Ordinal))
            problems.Add($"{File}({OpeningLine}): the block names SystemClock other than as SystemClock.Instance, which the test cannot fix on {Today}.");
        var compilation = Compile(runnable, references.Value.AddRange(
            MetadataReference.CreateFromFile(typeof(FakeClock).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(ReadmeOutput).Assembly.Location)));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            problems.AddRange(Describe(emitted.Diagnostics, " (with the test's substitutions)"));
            return problems;
        }

        var output = RunInFolder(image, repositoryRoot, problems);
        if (output is null)
            return problems;

        if (PrintedText is not null)
        {
            var printed = Normalized(output.Text);
            var expected = Normalized(PrintedText);
            if (printed != expected)
                problems.Add($"{File}({OpeningLine}): the block printed\n{printed}\nbut the README says it prints\n{expected}");
        }
        else
        {
            foreach (var expectation in expectations)
            {
                var printed = Normalized(string.Concat(output.Lines.Where(l => l.Line == expectation.CallLine).Select(l => l.Text)));
                if (!expectation.IsMetBy(printed))
                    problems.Add($"{File}({OpeningLine + expectation.CallLine}): Console.WriteLine printed\n{printed}\nbut the README says\n{expectation.Text}");
            }
        }
        return problems;
    }

    private static string Normalized(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');

    private ReadmeOutput.Recording? RunInFolder(MemoryStream image, string repositoryRoot, List<string> problems)
    {
        var ownFiles = ReadersFiles.Where(file => Code.Contains($"\"{file.Key}\"", StringComparison.Ordinal)).ToList();
        var temporary = ownFiles.Count > 0 ? Directory.CreateTempSubdirectory("readme-block-") : null;
        try
        {
            foreach (var (name, example) in ownFiles)
                System.IO.File.Copy(Path.Combine(repositoryRoot, example), Path.Combine(temporary!.FullName, name));

            var context = new AssemblyLoadContext($"README block at line {OpeningLine}", isCollectible: true);
            try
            {
                image.Position = 0;
                var entryPoint = context.LoadFromStream(image).EntryPoint!;
                object?[]? arguments = entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()];
                return ReadmeOutput.Record(temporary?.FullName ?? repositoryRoot, () => entryPoint.Invoke(null, arguments));
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                problems.Add($"{File}({OpeningLine}): the block threw {e.InnerException}");
                return null;
            }
            finally
            {
                context.Unload();
            }
        }
        finally
        {
            temporary?.Delete(recursive: true);
        }
    }

    /// <summary>The block's text as the test runs it: the clock fixed, and every Console.WriteLine noting its line. Line numbers are kept.</summary>
    public static string Substituted(string code)
    {
        var fixedClock = SystemClockInstance().Replace(code, FakeClockSource);
        return ConsoleWriteLine().Replace(fixedClock, "global::CareerModel.Tests.Samples.ReadmeOutput.WriteLine(");
    }

    [GeneratedRegex(@"(?<![\w.])SystemClock\.Instance\b")]
    private static partial Regex SystemClockInstance();

    [GeneratedRegex(@"(?<![\w.])Console\.WriteLine\(")]
    private static partial Regex ConsoleWriteLine();

    private static CSharpCompilation Compile(string code, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(
            "ReadmeBlock",
            [
                CSharpSyntaxTree.ParseText(code, parseOptions, path: "block.cs", encoding: Encoding.UTF8),
                CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "implicit-usings.cs", encoding: Encoding.UTF8),
            ],
            references,
            compilationOptions);

    private List<string> Describe(IEnumerable<Diagnostic> diagnostics, string note) =>
    [
        .. diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var where = span.Path == "block.cs"
                    ? $"{File}({OpeningLine + span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})"
                    : $"{File}({OpeningLine}) implicit usings";
                return $"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}{note}";
            }),
    ];

    /// <summary>What each Console.WriteLine with a comment promises to print.</summary>
    public IReadOnlyList<Expectation> Expectations()
    {
        var tree = CSharpSyntaxTree.ParseText(Code, parseOptions);
        var text = tree.GetText();
        var comments = tree.GetRoot().DescendantTrivia()
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .ToDictionary(t => text.Lines.GetLineFromPosition(t.SpanStart).LineNumber);
        var expectations = new List<Expectation>();
        foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.Text: "WriteLine", Expression: IdentifierNameSyntax { Identifier.Text: "Console" } }
                || call.Parent is not ExpressionStatementSyntax statement)
                continue;
            var callLine = text.Lines.GetLineFromPosition(call.SpanStart).LineNumber + 1;
            var line = text.Lines.GetLineFromPosition(statement.Span.End).LineNumber;
            var said = new List<string>();
            if (comments.TryGetValue(line, out var trailing) && trailing.SpanStart >= statement.Span.End)
                said.Add(CommentText(trailing));
            for (var next = line + 1; comments.TryGetValue(next, out var below) && text.Lines[next].ToString().TrimStart().StartsWith("//", StringComparison.Ordinal); next++)
                said.Add(CommentText(below));
            if (said.Count > 0)
                expectations.Add(new Expectation(callLine, string.Join('\n', said)));
        }
        return expectations;
    }

    private static string CommentText(SyntaxTrivia comment) => comment.ToString()[2..].Trim();

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        // The BCL: the shared framework's assemblies among the trusted platform assemblies (the test's own packages are left out).
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var bcl = trusted.Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal));
        var libraries = new[]
        {
            typeof(CareerCatalog).Assembly, typeof(OnetCatalog).Assembly, typeof(CareerModel.Esco.EscoCatalog).Assembly, typeof(Instant).Assembly,
            // The README's "In a service" block: the DI package and the container it registers in.
            typeof(Microsoft.Extensions.DependencyInjection.CareerModelServiceCollectionExtensions).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
        }.Select(a => a.Location);
        return [.. bcl.Concat(libraries).Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    /// <summary>What a Console.WriteLine (at <paramref name="CallLine"/>, 1-based in the block) is said to print; a text ending with … promises only the start.</summary>
    public sealed record Expectation(int CallLine, string Text)
    {
        /// <summary>Whether <paramref name="printed"/> is what the README says.</summary>
        public bool IsMetBy(string printed) =>
            Text.EndsWith('…')
                ? printed.StartsWith(Text[..^1].TrimEnd(), StringComparison.Ordinal)
                : printed == Text;
    }

    public override string ToString() => $"{File} line {OpeningLine}";
}

/// <summary>
/// What a README block's <c>Console.WriteLine</c> calls become when the test runs it: the same output to
/// the same <see cref="Console.Out"/>, with the line of the call noted.
/// </summary>
public static class ReadmeOutput
{
    private static readonly Lock gate = new();
    private static Recording? current;

    /// <summary>Prints <paramref name="value"/> as <see cref="Console.WriteLine(object?)"/> does, noting the call's line.</summary>
    public static void WriteLine(object? value, [CallerLineNumber] int line = 0)
    {
        var recording = current ?? throw new InvalidOperationException("README output is recorded only while a block runs.");
        var start = recording.Writer.GetStringBuilder().Length;
        Console.Out.WriteLine(value);
        Console.Out.Flush();
        recording.Lines.Add((line, recording.Writer.GetStringBuilder().ToString(start, recording.Writer.GetStringBuilder().Length - start)));
    }

    /// <summary>Prints <paramref name="value"/> as <see cref="Console.WriteLine(string?)"/> does, noting the call's line.</summary>
    public static void WriteLine(string? value, [CallerLineNumber] int line = 0) => WriteLine((object?)value, line);

    /// <summary>
    /// Runs <paramref name="run"/> in <paramref name="folder"/> with <see cref="Console.Out"/>
    /// redirected, one run at a time, in the invariant culture: the README shows what a block
    /// prints there (0.9, not the 0,9 a German console would show).
    /// </summary>
    internal static Recording Record(string folder, Action run)
    {
        lock (gate)
        {
            var recording = new Recording(new StringWriter(CultureInfo.InvariantCulture));
            var (folderBefore, outBefore, cultureBefore) = (Directory.GetCurrentDirectory(), Console.Out, CultureInfo.CurrentCulture);
            current = recording;
            Directory.SetCurrentDirectory(folder);
            Console.SetOut(recording.Writer);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            try
            {
                run();
                return recording;
            }
            finally
            {
                CultureInfo.CurrentCulture = cultureBefore;
                Console.SetOut(outBefore);
                Directory.SetCurrentDirectory(folderBefore);
                current = null;
            }
        }
    }

    /// <summary>Everything a block printed, and which line printed what.</summary>
    public sealed record Recording(StringWriter Writer)
    {
        public List<(int Line, string Text)> Lines { get; } = [];

        public string Text => Writer.ToString();
    }
}
