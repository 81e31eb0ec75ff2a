using Spectre.Console;

namespace CareerModel.Cli.Output;

/// <summary>The tool's tables: one look for every command, cells as plain text (never parsed as markup).</summary>
internal static class Tables
{
    /// <summary>Creates a table with the columns named; a name ending in <c>&gt;</c> is right-aligned (numbers), and the mark is dropped.</summary>
    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            var right = column.EndsWith('>');
            var name = right ? column[..^1] : column;
            var tableColumn = new TableColumn(new Text(name, new Style(decoration: Decoration.Bold)));
            table.AddColumn(right ? tableColumn.RightAligned() : tableColumn);
        }
        return table;
    }

    /// <summary>Adds a row of plain-text cells.</summary>
    public static Table Row(this Table table, params string[] cells) =>
        table.AddRow([.. cells.Select(cell => new Text(cell))]);
}
