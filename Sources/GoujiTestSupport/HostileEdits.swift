import GoujiSyntax
import GoujiText

/// Random edits that are not polite: deletions and replacements that cross headings, row labels and table rows,
/// whole tables replaced, pasted flattened text, line ends of every kind, offsets inside a character and outside
/// the text. For the randomized equivalence tests of incremental re-reading (in process and through the server).
package enum HostileEdits {
  /// Text that edits insert: fragments of reports (headings, labels, cells, leftovers), line ends of every kind,
  /// CJK and astral characters.
  package static let pool: [String] = [
    "0", "7", "12", "3\t4\t5", "一", "、", "。", "\t", "\n", "\r", "\r\n", "\n\r", "𠀀", "😀", "（一）", "一是",
    "三、下步打算\n", "二、主动公开政府信息情况\r", "四、政府信息公开行政复议、行政诉讼情况", "附件2\n",
    "[image: x]", "[bookmark: _GoBack]", "**", "行政复议", "（七）总计", "四、结转下年度继续办理\t0\t0\t0",
    "一、本年新收政府信息公开申请数量 1 2 3 4 5 6 21", "第二十条第（一）项", "规章\t0\t0\t0",
    "2021年政府信息公开工作年度报告", "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
    "未收到政府信息公开申请", "第 3 页", "- 2 -",
    "一、总体情况 2020年我局认真贯彻。二、主动公开政府信息情况 规章 0 0 0 三、收到和处理政府信息公开申请情况",
  ]

  /// Places in `report` an edit likes to start or end at: heading, label, cell, leftover and line boundaries.
  static func landmarks(_ report: Report, using generator: inout some RandomNumberGenerator) -> [Int] {
    var offsets: [Int] = []
    for section in report.sections {
      offsets += [section.heading.range.start, section.heading.range.end, section.bodyRange.end]
    }
    for table in report.readTables {
      offsets += [table.range.start, table.range.end]
      for row in table.rows {
        offsets += [row.labelRange.start, row.labelRange.end, row.range.end]
      }
    }
    offsets += report.artifacts.flatMap { [$0.range.start, $0.range.end] }
    let text = report.text
    for _ in 0..<8 where text.lineCount > 0 {
      offsets.append(text.lineRange(Int.random(in: 0..<text.lineCount, using: &generator)).start)
    }
    return offsets
  }

  /// An offset near a landmark or anywhere: sometimes inside a character, sometimes past either end.
  static func offset(_ text: SourceText, landmarks: [Int], using generator: inout some RandomNumberGenerator) -> Int {
    let base =
      landmarks.isEmpty || Bool.random(using: &generator)
      ? Int.random(in: 0...text.count, using: &generator) : landmarks.randomElement(using: &generator)!
    switch Int.random(in: 0..<10, using: &generator) {
    case 0: return base + Int.random(in: -2...2, using: &generator)  // maybe inside a character
    case 1: return Bool.random(using: &generator) ? -Int.random(in: 1...5, using: &generator) : text.count + 3
    default: return base
    }
  }

  /// The text an edit inserts: a fragment, several glued, or a slice of the text itself (a paste).
  static func insertion(_ text: SourceText, using generator: inout some RandomNumberGenerator) -> String {
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: return ""
    case 1:
      let start = text.scalarBoundary(atOrBefore: Int.random(in: 0...text.count, using: &generator))
      let end = text.scalarBoundary(atOrBefore: min(text.count, start + Int.random(in: 0...600, using: &generator)))
      let slice = text[TextRange(start: start, end: max(start, end))]
      return Bool.random(using: &generator) ? slice : slice.replacingOccurrences(of: "\n", with: " ")
    case 2:
      return (0..<Int.random(in: 2...5, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
        .joined()
    default: return pool.randomElement(using: &generator)!
    }
  }

  /// One hostile edit of `report`'s text, in UTF-8 offsets (not clamped: it may lie outside the text or cut a
  /// character, as a careless client's would).
  package static func edit(_ report: Report, using generator: inout some RandomNumberGenerator) -> TextEdit {
    let text = report.text
    let marks = landmarks(report, using: &generator)
    let first = offset(text, landmarks: marks, using: &generator)
    let second: Int
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: second = first  // an insertion
    case 1: second = first + Int.random(in: 1...12, using: &generator)
    default: second = offset(text, landmarks: marks, using: &generator)  // across whatever lies between
    }
    let range = TextRange(start: min(first, second), end: max(first, second))
    return TextEdit(range: range, newText: insertion(text, using: &generator))
  }

  /// A variant of a report's text: as written, with CR-only line ends, or with line ends mixed at random.
  package static func lineEndVariant(_ text: String, using generator: inout some RandomNumberGenerator) -> String {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    switch Int.random(in: 0..<3, using: &generator) {
    case 0: return text
    case 1: return lines.joined(separator: "\r")
    default:
      return lines.enumerated().map { index, line in
        index == lines.count - 1 ? String(line) : line + ["\n", "\r", "\r\n"].randomElement(using: &generator)!
      }.joined()
    }
  }
}
