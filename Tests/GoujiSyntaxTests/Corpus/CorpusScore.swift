import Foundation
import GoujiSyntax

/// How many table cells of a reading match the expected reading of a corpus report: right (the value written),
/// wrong (another value: the one outcome the reader must never produce), unread (the reader said it could not read
/// the cell) and lost (unread in a row the form cannot give back: an empty cell leaves no trace where cells are
/// separated by single spaces or by nothing, so which column lost its value is unknowable).
struct CorpusScore: Sendable, CustomStringConvertible {
  var right = 0
  var wrong = 0
  var unread = 0
  var lost = 0
  /// Of the unread cells, those in files whose unread cells are known gaps of the reader
  /// (``ReaderCorpusTests/fileGaps``).
  var knownUnread = 0
  /// The first few wrong cells, for the failure message.
  var wrongCells: [String] = []
  var unreadCells: [String] = []

  var total: Int { right + wrong + unread + lost }
  var description: String {
    "\(right)/\(total) right, \(wrong) wrong, \(unread) unread (\(knownUnread) known gaps), \(lost) lost by the form"
  }

  static func + (lhs: CorpusScore, rhs: CorpusScore) -> CorpusScore {
    CorpusScore(
      right: lhs.right + rhs.right, wrong: lhs.wrong + rhs.wrong, unread: lhs.unread + rhs.unread,
      lost: lhs.lost + rhs.lost, knownUnread: lhs.knownUnread + rhs.knownUnread,
      wrongCells: lhs.wrongCells + rhs.wrongCells, unreadCells: lhs.unreadCells + rhs.unreadCells
    )
  }

  /// Scores every cell of tables 二, 三 and 四 of `expected` (the corpus `<report>.expected.json`); with
  /// `losesEmptyCells`, the unread cells of a row (all of table 四) holding an empty cell count as lost.
  init(
    _ summary: ReportSummary, expected: [String: Any], file: String, losesEmptyCells: Bool,
    isKnownGap: Bool = false
  ) {
    self.losesEmptyCells = losesEmptyCells
    for entry in expected["table2"] as? [[String: Any]] ?? [] {
      let row = entry["row"] as? String ?? ""
      let actual = summary.table2?.first { $0.row == row && $0.subtable == entry["subtable"] as? String }
      score(entry["values"] as? [Any] ?? [], actual?.values, at: "\(file) 表二 \(row)")
    }
    for entry in expected["table3"] as? [[String: Any]] ?? [] {
      let row = entry["row"] as? String ?? ""
      score(entry["values"] as? [Any] ?? [], summary.table3?.first { $0.row == row }?.values, at: "\(file) 表三 \(row)")
    }
    score(expected["table4"] as? [Any] ?? [], summary.table4, at: "\(file) 表四")
    if isKnownGap { knownUnread = unread }
  }

  init(
    right: Int = 0, wrong: Int = 0, unread: Int = 0, lost: Int = 0, knownUnread: Int = 0, wrongCells: [String] = [],
    unreadCells: [String] = []
  ) {
    (self.right, self.wrong, self.unread, self.lost, self.knownUnread) = (right, wrong, unread, lost, knownUnread)
    (self.wrongCells, self.unreadCells) = (wrongCells, unreadCells)
  }

  private var losesEmptyCells = false

  private mutating func score(_ expected: [Any], _ actual: [String?]?, at place: String) {
    let rowIsLost = losesEmptyCells && expected.contains { ($0 as? String ?? "").isEmpty }
    for (column, want) in expected.enumerated() {
      let want = want as? String ?? ""
      let got = actual.flatMap { column < $0.count ? $0[column] : nil }
      switch got {
      case nil where rowIsLost:
        lost += 1
      case nil:
        unread += 1
        unreadCells.append("\(place) [\(column + 1)]")
      case want?:
        right += 1
      case let got?:
        wrong += 1
        wrongCells.append("\(place) [\(column + 1)]: expected «\(want)», read «\(got)»")
      }
    }
  }
}
