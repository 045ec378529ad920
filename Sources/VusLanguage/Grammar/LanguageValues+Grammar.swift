/// The language's values as the grammar reads them: chosen from their words in commands
/// (`set format json`, `set on-error continue`), and on/off as a form's keywords.
extension OutputFormat: ChoiceArgument {}

extension ErrorPolicy: ChoiceArgument {}

extension Toggle {
    /// The keywords of a form chosen by on or off (`api on|off`), with every other spelling.
    public static var keywords: [CommandSyntax.Keyword] {
        allCases.map { CommandSyntax.Keyword($0.rawValue, aliases: Array($0.spellings.dropFirst())) }
    }
}
