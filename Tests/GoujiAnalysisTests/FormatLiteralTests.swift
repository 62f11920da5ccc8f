import Foundation
import GoujiFormats
import GoujiTestSupport
import Testing

/// What names one particular format in code: its id as an identifier (`format2021`), its display names, its
/// balance-rule ids and the row and column keys only some formats have, as string literals (`"R3-2"`,
/// `"other.unpaidFee"`, `"inForce"`). Prose that mentions a format (rule documentation, the meanings of rows) is not
/// code and is not looked for.
struct FormatLiterals {
  let patterns: [String]
  /// The column keys only some formats have (`"inForce"`, `"change"`), looked for apart: some are common words.
  let columnPatterns: [String]

  init(_ formats: [ReportFormat]) {
    var literals: Set<String> = []
    var identifiers: Set<String> = []
    let groups = Set(formats.flatMap { $0.table3.groups.map(\.key) })
    for format in formats {
      identifiers.insert("format" + format.id.rawValue)
      literals.formUnion([format.displayName.zh, format.displayName.en])
      literals.formUnion((format.table3.rules + format.table4.rules).map(\.id))
      let rows = format.table3.rows.map(\.key) + format.table2.flatMap(\.rows).map(\.key)
      let shared = formats.map { Set($0.table3.rows.map(\.key) + $0.table2.flatMap(\.rows).map(\.key)) }
      literals.formUnion(rows.filter { key in !groups.contains(key) && !shared.allSatisfy { $0.contains(key) } })
    }
    patterns = literals.sorted().map { "\"" + $0 + "\"" } + identifiers.sorted()
    let columns = formats.map { format in
      Set(format.table2.flatMap(\.columns).map(\.key) + (format.table3.columns + format.table4.columns).map(\.key))
    }
    let everyColumn = columns.reduce(Set<String>()) { $0.union($1) }
    columnPatterns = everyColumn.filter { key in !columns.allSatisfy { $0.contains(key) } }.sorted()
      .map { "\"" + $0 + "\"" }
  }

  /// The column keys only some formats have found in `text`, as string literals.
  func columnsFound(in text: String) -> [String] {
    columnPatterns.filter { text.contains($0) }
  }

  /// The patterns found in `text`, an identifier only as a whole word.
  func found(in text: String) -> [String] {
    patterns.filter { pattern in
      guard !pattern.hasPrefix("\"") else { return text.contains(pattern) }
      return text.ranges(of: pattern).contains { range in
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        return ![before, after].contains { $0.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
      }
    }
  }
}

@Suite struct FormatLiteralTests {
  /// The test kit builds reports of the standard formats by name (a clean 2019 and 2021 report); it is test code.
  static let exemptFolders = ["Sources/GoujiFormats/", "Sources/GoujiTestSupport/"]
  /// The protocol modules know nothing of reports (`PackageGraphTests`): a column key there is a word of the
  /// protocol (LSP's `"change"`), not a column.
  static let protocolFolders = ["Sources/GoujiJSON/", "Sources/LanguageServerProtocol/", "Sources/JSONRPC/"]

  @Test func noFormatIsNamedOutsideTheFormatData() throws {
    let literals = FormatLiterals(FormatCatalogue.standard.formats)
    let sources = Fixtures.root.appendingPathComponent("Sources")
    let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    var scanned = 0
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      let path = String(url.standardizedFileURL.path.dropFirst(Fixtures.root.standardizedFileURL.path.count + 1))
      guard !Self.exemptFolders.contains(where: { path.hasPrefix($0) }) else { continue }
      scanned += 1
      let text = try String(contentsOf: url, encoding: .utf8)
      let isProtocol = Self.protocolFolders.contains { path.hasPrefix($0) }
      let found = literals.found(in: text) + (isProtocol ? [] : literals.columnsFound(in: text))
      #expect(found.isEmpty, "\(path) names a format: \(found)")
    }
    #expect(scanned > 100)
  }

  @Test func theScanFindsWhatNamesAFormat() {
    let literals = FormatLiterals(FormatCatalogue.standard.formats)
    #expect(literals.found(in: "let format = ReportFormat.format2021.table3") == ["format2021"])
    #expect(literals.found(in: #"context.balanceRule("R3-2")"#) == ["\"R3-2\""])
    #expect(literals.found(in: #"row: "other.unpaidFee""#) == ["\"other.unpaidFee\""])
    #expect(literals.found(in: #"LocalizedText(zh: "2021年格式", en: "x")"#) == ["\"2021年格式\""])
    #expect(literals.found(in: #"let reformat2021x = "R3-22"; row: "carryOver"; "2019年格式统计""#).isEmpty)
    let columnKeys = #"ownRuleColumns: Set<String> = ["inForce", "madeThisYear"]"#
    #expect(literals.columnsFound(in: columnKeys) == ["\"inForce\"", "\"madeThisYear\""])
    #expect(literals.columnsFound(in: #"column: "total"; key: "inForceX""#).isEmpty)
  }
}
