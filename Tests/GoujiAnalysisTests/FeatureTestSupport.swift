import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

/// Analyses a text as the server would.
func analyze(_ text: String) -> Analysis {
  Analyzer.analyze(SourceText(text))
}

/// Analyses one of the example reports.
func analyzeExample(_ name: String) -> Analysis {
  analyze(Fixtures.example(name))
}

/// The example whose file name starts with `prefix` (`000`).
func example(_ prefix: String) -> String {
  Fixtures.exampleNames.first { $0.hasPrefix(prefix) }!
}

/// A line with CJK text, an astral ideograph (4 UTF-8 bytes) and a citation, for the offset tests.
let astralLine = "我局𠀀依照《条例》第三十六条答复申请。"

extension Analysis {
  /// The range of the cell of table 三 in row `row`, column `column` (0…6).
  func table3Cell(_ row: String, _ column: Int) -> TextRange {
    report.table3!.row(row)!.cells[column].range
  }
}
