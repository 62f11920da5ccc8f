import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiSyntax

/// Table 三 split by a page with its header repeated, as `pdftotext` reads LibreOffice's PDF (`inv-2023-split`):
/// `3.其他` and `（七）总计`'s labels stand together before both rows' values, and `四、结转下年度继续办理`'s values
/// stand among the repeated header's words. The values are shared out only when every balancing rule holds.
@Suite struct SplitTableStreamTests {
  private static let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("reader")

  private static func read(_ name: String) throws -> Report {
    let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
    return ReportReader.read(SourceText(text))
  }

  /// The rows streamed after the break: `3.其他`, `（七）总计` and `四、结转…`, the table's last three.
  private static func rows(_ report: Report) -> [TableRow] {
    Array((report.table3?.rows ?? []).suffix(3))
  }

  @Test func rowsAfterTheRepeatedHeaderAreSolvedAtTheirValuesInCRLFText() throws {
    let report = try Self.read("word-reading-order-split-table")
    #expect(report.text.bytes.contains(0x0D))
    let rows = Self.rows(report)
    let labels = ["3.其他", "（七）总计", "四、结转下年度继续办理"].map(CharacterFolding.normalizeAndTrim)
    #expect(rows.map(\.label) == labels)
    for row in rows {
      #expect(row.cells.allSatisfy { $0.confidence == .solved && $0.arithmeticValue != nil })
      for cell in row.cells {
        #expect(String(decoding: report.text.bytes[cell.range.start..<cell.range.end], as: UTF8.self) == cell.text)
      }
    }
    // 四、结转's last value stands after the header word `总计`, which is no cell.
    #expect(rows.last?.cells.map(\.text) == ["0", "0", "0", "1", "0", "0", "1"])
    #expect(!report.problems.contains { if case .cellCount(.table3, _, _, _, _) = $0.kind { true } else { false } })
  }

  @Test func anUnbalancedSplitTableLeavesItsStreamedRowsUnread() throws {
    let report = try Self.read("word-reading-order-split-table-unbalanced")
    let rows = Self.rows(report)
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { $0.cells.allSatisfy { $0.arithmeticValue == nil && $0.confidence == .unreadable } })
    #expect(report.problems.contains { if case .cellCount(.table3, _, _, _, _) = $0.kind { true } else { false } })
  }
}
