/// Aligned columns that fit the terminal: when a table is too wide, the widest columns are
/// shortened (with `…`) until it fits. Off a terminal nothing is shortened.
enum Table {
    static func render(headings: [String], rows: [[String]], width: Int?, style: Style) -> String {
        var widths = headings.indices.map { column in
            max(headings[column].count, rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0)
        }
        let gap = 2
        if let width {
            // Shrink the widest column one character at a time until the table fits, never below
            // 8; columns a person looks rows up by (email, state) shrink only when nothing else can.
            let keep: Set<String> = ["#", "EMAIL", "TARGET", "API", "STATUS", "SUBNET", "ACL"]
            func widest(_ columns: [Int]) -> Int? {
                columns.filter { widths[$0] > 8 }.max(by: { widths[$0] < widths[$1] })
            }
            while widths.reduce(0, +) + gap * (widths.count - 1) > width,
                  let column = widest(widths.indices.filter { !keep.contains(headings[$0]) }) ?? widest(Array(widths.indices)) {
                widths[column] -= 1
            }
        }
        func line(_ cells: [String], heading: Bool) -> String {
            cells.indices.map { column in
                var cell = cells[column]
                if cell.count > widths[column] { cell = String(cell.prefix(widths[column] - 1)) + "…" }
                // Padded in Swift: Foundation's `padding(toLength:)` goes through NSString, cell by cell.
                let padding = column == cells.count - 1 ? 0 : max(0, widths[column] - cell.count)
                let padded = cell + String(repeating: " ", count: padding)
                return heading ? style.bold(padded) : colour(padded, value: cell, heading: headings[column], style: style)
            }.joined(separator: String(repeating: " ", count: gap))
        }
        return ([line(headings, heading: true)] + rows.map { line($0, heading: false) }).joined(separator: "\n") + "\n"
    }

    /// `cell` (`value` padded) in the colour of its value: API `on` green, `off` red.
    private static func colour(_ cell: String, value: String, heading: String, style: Style) -> String {
        guard heading == "API" else { return cell }
        switch value {
        case "on": return style.green(cell)
        case "off": return style.red(cell)
        default: return cell
        }
    }
}
