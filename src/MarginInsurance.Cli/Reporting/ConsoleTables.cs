using MarginInsurance.Risk.Output;
using Spectre.Console;

namespace MarginInsurance.Cli.Reporting;

/// <summary>Writes result tables to stdout: Spectre tables with their notes for people, or JSON / CSV for machines.</summary>
internal static class ConsoleTables
{
    public static void Write(IReadOnlyList<ResultTable> tables, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Console.Out.WriteLine(ResultFormats.Json(tables));
                return;
            case OutputFormat.Csv:
                Console.Out.Write(ResultFormats.Csv(tables));
                return;
        }
        foreach (var t in tables)
        {
            var table = new Table().Title(Markup.Escape(t.Title));
            var shown = Enumerable.Range(0, t.Columns.Count).Where(i => !t.Columns[i].MachineOnly).ToArray();
            foreach (var i in shown) table.AddColumn(Markup.Escape(t.Columns[i].Header));
            foreach (var row in t.Rows)
                table.AddRow(shown.Select(i => Markup.Escape(ResultFormats.Human(row[i], t.Columns[i].Unit))).ToArray());
            AnsiConsole.Write(table);
            foreach (var n in t.Notes) AnsiConsole.WriteLine("  " + n);
        }
    }
}
