import GoujiDocuments
import GoujiRules

extension DocumentLocation {
  /// `第 2 个表格第 5 行第 3 列` / `table 2, row 5, column 3`; `第 12 段` / `paragraph 12`.
  func text(_ language: Language) -> String {
    switch (self, language) {
    case (.paragraph(let number), .zh): "第 \(number) 段"
    case (.paragraph(let number), .en): "paragraph \(number)"
    case (.cell(let table, let row, let column), .zh): "第 \(table) 个表格第 \(row) 行第 \(column) 列"
    case (.cell(let table, let row, let column), .en): "table \(table), row \(row), column \(column)"
    }
  }

  /// `{"paragraph": 12}` or `{"table": 2, "row": 5, "column": 3}`: the extra `documentLocation` member of a JSON
  /// diagnostic.
  var json: JSONOutput {
    switch self {
    case .paragraph(let number): .object([("paragraph", .int(number))])
    case .cell(let table, let row, let column):
      .object([("table", .int(table)), ("row", .int(row)), ("column", .int(column))])
    }
  }
}

extension CheckedFile {
  /// Where in the document the text at a diagnostic's start came from; `nil` for text files.
  func documentLocation(at offset: Int) -> DocumentLocation? { document?.location(at: offset) }
}
