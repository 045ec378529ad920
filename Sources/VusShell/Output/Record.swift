/// Something shown as a row of a table or CSV, and as an object (with Vultr's field names) in
/// JSON and YAML.
public protocol Record: Encodable, Sendable {
    /// Table headings.
    static var tableColumns: [String] { get }
    /// Table cells, one per column.
    var tableCells: [String] { get }
    /// CSV headings (Vultr's field names).
    static var csvColumns: [String] { get }
    /// CSV cells, one per CSV column.
    var csvCells: [String] { get }
    /// What `-q` prints.
    var quietText: String { get }
}

/// Rows of one kind of record, as a command returns them.
public struct RecordList: Sendable {
    public var records: [any Record]
    public var tableColumns: [String]
    public var csvColumns: [String]
    /// Rows are numbered in tables, so later commands can say `#N`.
    public var numbered: Bool
    /// Said instead of an empty table.
    public var emptyNote: String
    /// When set, a table shows this line instead of the rows (`using 7 users matching ...`);
    /// the other formats still carry the rows.
    public var tableSummary: String?
    /// A column a table shows before its last one, beyond the records' own (e.g. the field
    /// `sort=` orders by): its heading and a cell per record.
    public var addedColumn: (heading: String, cells: [String])?

    /// A list of `records`.
    public init<R: Record>(_ records: [R], numbered: Bool = false, empty: String, tableSummary: String? = nil) {
        self.records = records
        self.tableColumns = R.tableColumns
        self.csvColumns = R.csvColumns
        self.numbered = numbered
        self.emptyNote = empty
        self.tableSummary = tableSummary
    }
}
