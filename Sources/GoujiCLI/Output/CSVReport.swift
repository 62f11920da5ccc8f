import GoujiRules

/// `check --format csv`: one row per finding, for a spreadsheet. UTF-8 with a byte-order mark (so WPS and Excel
/// open it as UTF-8), CRLF line ends and RFC 4180 quoting.
enum CSVReport {
  static let header = [
    "file", "line", "column", "endLine", "endColumn", "severity", "code", "name", "message", "documentLocation",
  ]

  /// What comes before the files' rows (``rows(_:language:)``): the byte-order mark and the header.
  static var head: String { "\u{FEFF}" + record(header) }

  /// One file's rows.
  static func rows(_ file: CheckedFile, language: Language) -> String {
    var rows = ""
    streamRows(file, language: language) { rows += $0 }
    return rows
  }

  /// One file's rows, handed to `write` one by one.
  static func streamRows(_ file: CheckedFile, language: Language, to write: (String) -> Void) {
    for diagnostic in file.diagnostics {
      let place = PrintedRange(diagnostic.range, in: file.text)
      write(
        record([
          file.path, String(place.line), String(place.column), String(place.endLine), String(place.endColumn),
          diagnostic.severity.rawValue, diagnostic.code, diagnostic.name, diagnostic.message(in: language),
          file.documentLocation(at: diagnostic.range.start)?.text(language) ?? "",
        ]))
    }
  }

  /// Fields joined by commas and ended by CRLF; a field holding a comma, quote or line break is quoted, its quotes
  /// doubled.
  static func record(_ fields: [String]) -> String {
    fields.map { field in
      guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
        return field
      }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",") + "\r\n"
  }
}
