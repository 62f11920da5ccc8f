import Foundation
import GoujiSyntax

/// Compares a reading with an expected reading in the `dump --format json` shape. Only the fields present in the
/// expectation are compared (a row's `confidence` and `table4Confidence` too, when given); a section title written as
/// `null` is not compared.
enum ReadingComparison {
  static func differences(_ summary: ReportSummary, expected: [String: Any]) -> [String] {
    var differences: [String] = []
    func check<T: Equatable>(_ field: String, _ actual: T?, _ want: T?) {
      if actual != want {
        differences.append("\(field): expected \(String(describing: want)), read \(String(describing: actual))")
      }
    }
    if expected.keys.contains("reportYear") { check("reportYear", summary.reportYear, expected["reportYear"] as? Int) }
    if expected.keys.contains("format") { check("format", summary.format, expected["format"] as? String) }
    if expected.keys.contains("textForm") { check("textForm", summary.textForm, expected["textForm"] as? String) }
    if expected.keys.contains("title") { check("title", summary.title, expected["title"] as? String) }
    if expected.keys.contains("agency") { check("agency", summary.agency, expected["agency"] as? String) }
    if let sections = expected["sections"] as? [[String: Any]] {
      differences += compareSections(summary.sections, sections)
    }
    for table in ["table2", "table3"] where expected.keys.contains(table) {
      let actual = table == "table2" ? summary.table2 : summary.table3
      differences += compareRows(table, actual, expected[table] as? [[String: Any]])
    }
    if expected.keys.contains("table4") {
      let want = (expected["table4"] as? [Any]).map(values)
      check("table4", summary.table4.map { $0.map { $0 ?? "∅null" } }, want.map { $0.map { $0 ?? "∅null" } })
    }
    if let confidence = expected["table4Confidence"] as? [String] {
      check("table4Confidence", summary.table4Confidence?.map(\.rawValue), confidence)
    }
    return differences
  }

  private static func compareSections(_ actual: [ReportSummary.SectionEntry], _ expected: [[String: Any]]) -> [String] {
    var differences: [String] = []
    if actual.count != expected.count {
      differences.append("sections: expected \(expected.count), read \(actual.count)")
    }
    for (index, want) in expected.enumerated() where index < actual.count {
      let got = actual[index]
      if got.number != want["number"] as? Int || got.line != want["line"] as? Int {
        differences.append(
          "section \(index + 1): expected \(want["number"] ?? "?")@\(want["line"] ?? "?"), read \(got.number)@\(got.line)"
        )
      }
      if let title = want["title"] as? String, title != got.title {
        differences.append("section \(index + 1) title: expected \(title), read \(got.title)")
      }
    }
    return differences
  }

  private static func compareRows(_ table: String, _ actual: [ReportSummary.RowEntry]?, _ expected: [[String: Any]]?)
    -> [String]
  {
    guard let expected else { return actual == nil ? [] : ["\(table): expected null, read a table"] }
    guard let actual else { return ["\(table): expected a table, read none"] }
    var differences: [String] = []
    if actual.count != expected.count {
      differences.append("\(table): expected \(expected.count) rows, read \(actual.count): \(actual.map(\.row))")
    }
    for (index, want) in expected.enumerated() {
      let label = want["row"] as? String ?? "?"
      guard
        let got = actual.first(where: {
          $0.row == label && (want["subtable"] == nil || $0.subtable == want["subtable"] as? String)
        })
      else {
        differences.append("\(table) row \(index + 1) “\(label)” not read")
        continue
      }
      let wantValues = values(want["values"] as? [Any] ?? [])
      if got.values != wantValues {
        differences.append(
          "\(table) “\(label)”: expected \(wantValues.map { $0 ?? "null" }), read \(got.values.map { $0 ?? "null" })")
      }
      if let confidence = want["confidence"] as? [String], confidence != got.confidence.map(\.rawValue) {
        differences.append(
          "\(table) “\(label)” confidence: expected \(confidence), read \(got.confidence.map(\.rawValue))")
      }
    }
    return differences
  }

  private static func values(_ array: [Any]) -> [String?] {
    array.map { $0 as? String }
  }

  static func load(_ url: URL) -> [String: Any]? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }
}
