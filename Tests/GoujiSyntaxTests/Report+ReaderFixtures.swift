import GoujiTestSupport
import GoujiText

@testable import GoujiSyntax

extension Report {
  /// The reading of the reader fixture `name` (`Fixtures/reader/NAME.txt`).
  static func readerFixture(_ name: String) -> Report {
    ReportReader.read(SourceText(Fixtures.fixture("GoujiSyntaxTests", "reader/\(name).txt")))
  }

  /// The range of the third line from the text's end, its line end left out (in the reading-order fixtures, a value
  /// the page's end holds); `nil` in a text of three lines or fewer.
  var thirdLastLine: TextRange? {
    guard text.lineCount > 3 else { return nil }
    let line = text.lineCount - 3
    let start = text.lineRange(line).start
    return TextRange(start: start, end: start + text.lineText(line).utf8.count)
  }
}
