/// Aligned columns that fit the terminal: when a table is too wide, the widest columns are
/// shortened (with `…`) until it fits. Off a terminal nothing is shortened.
enum Table {
    static func render(headings: [String], rows: [[String]], width: Int?, style: Style) -> String {
        // Each cell's length is counted once: counting a String's characters walks it.
        let headingLengths = headings.map(\.count)
        let rowLengths = rows.map { $0.map(\.count) }
        var widths = headings.indices.map { column in
            max(headingLengths[column], rowLengths.map { $0.indices.contains(column) ? $0[column] : 0 }.max() ?? 0)
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
        var table = ""
        table.reserveCapacity((widths.reduce(0, +) + gap * widths.count + 1) * (rows.count + 1))
        func line(_ cells: [String], lengths: [Int], heading: Bool) {
            for column in cells.indices {
                if column > 0 { appendSpaces(gap, to: &table) }
                var cell = cells[column], length = lengths[column]
                if length > widths[column] {
                    cell = String(cell.prefix(widths[column] - 1)) + "…"
                    length = widths[column]
                }
                // Padded in Swift: Foundation's `padding(toLength:)` goes through NSString, cell by cell.
                var padded = cell
                if column < cells.count - 1 { appendSpaces(widths[column] - length, to: &padded) }
                table += heading ? style.bold(padded) : colour(padded, value: cell, heading: headings[column], style: style)
            }
            table += "\n"
        }
        line(headings, lengths: headingLengths, heading: true)
        for (row, lengths) in zip(rows, rowLengths) { line(row, lengths: lengths, heading: false) }
        return table
    }

    private static let spaces = String(repeating: " ", count: 64)

    /// Appends `count` spaces, copied from `spaces`: `String(repeating:count:)` for each cell
    /// cost a 25-user `ls users` 800,000 instructions (callgrind).
    private static func appendSpaces(_ count: Int, to text: inout String) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.utf8.count)
            text.append(contentsOf: Substring(spaces.utf8.prefix(run)))
            left -= run
        }
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
