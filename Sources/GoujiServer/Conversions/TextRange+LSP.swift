import GoujiText
import LanguageServerProtocol

extension SourceText {
  /// The protocol position of the UTF-8 `offset`, counted in `unit`.
  func position(of offset: Int, in unit: PositionUnit) -> Position {
    let lineColumn = lineColumn(of: offset, in: unit)
    return Position(line: lineColumn.line, character: lineColumn.column)
  }

  /// The protocol range of `range`, counted in `unit`.
  func lspRange(of range: TextRange, in unit: PositionUnit) -> LSPRange {
    LSPRange(start: position(of: range.start, in: unit), end: position(of: range.end, in: unit))
  }

  /// The UTF-8 offset of a position the client sent; out-of-range positions are clamped as the protocol asks
  /// (a line past the end is the end of the text, a character past the end of its line is the end of the line).
  func offset(of position: Position, in unit: PositionUnit) -> Int {
    offset(of: LineColumn(line: position.line, column: position.character), in: unit)
  }

  /// The UTF-8 range of a range the client sent, clamped like ``offset(of:in:)`` and put in order.
  func textRange(of range: LSPRange, in unit: PositionUnit) -> TextRange {
    let start = offset(of: range.start, in: unit)
    let end = offset(of: range.end, in: unit)
    return TextRange(start: min(start, end), end: max(start, end))
  }
}
