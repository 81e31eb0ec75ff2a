namespace CareerModel.Onet.Internal;

/// <summary>One row of Occupation Data, with the Job Zone joined to it.</summary>
internal sealed class Occupation(int index, string code, string title, string description)
{
    public int Index { get; } = index;

    /// <summary>The O*NET-SOC code, such as <c>43-4051.00</c>.</summary>
    public string Code { get; } = code;

    public string Title { get; } = title;

    public string Description { get; } = description;

    public int? JobZone { get; set; }

    /// <summary>The other titles of the optional title files, each once ignoring case and none the title itself, in file order.</summary>
    public List<string> AlternateTitles { get; } = [];

    /// <summary>The 2018 SOC code: from the crosswalk when given, else the code's first seven characters.</summary>
    public string SocCode { get; set; } = code[..7];

    /// <summary>SOC major group, such as <c>43</c>.</summary>
    public ReadOnlySpan<char> Major => Code.AsSpan(0, 2);

    /// <summary>SOC minor group, such as <c>43-4</c>.</summary>
    public ReadOnlySpan<char> Minor => Code.AsSpan(0, 4);

    /// <summary>SOC broad occupation, such as <c>43-405</c>.</summary>
    public ReadOnlySpan<char> Broad => Code.AsSpan(0, 6);

    /// <summary>SOC detailed occupation, such as <c>43-4051</c>.</summary>
    public ReadOnlySpan<char> Detailed => Code.AsSpan(0, 7);

    /// <summary>Whether the occupation supervises the workers of its SOC major group (titles "First-Line Supervisors of …").</summary>
    public bool IsFirstLineSupervisor => Title.StartsWith("First-Line Supervisors", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is an O*NET specialisation of a SOC occupation (a code not ending in <c>.00</c>).</summary>
    public bool IsSpecialisation => !Code.EndsWith(".00", StringComparison.Ordinal);

    public static bool IsValidCode(ReadOnlySpan<char> code) =>
        code.Length == 10 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '-'
        && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]) && char.IsAsciiDigit(code[5]) && char.IsAsciiDigit(code[6])
        && code[7] == '.' && char.IsAsciiDigit(code[8]) && char.IsAsciiDigit(code[9]);
}
