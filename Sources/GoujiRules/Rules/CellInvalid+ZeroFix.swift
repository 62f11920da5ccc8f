import GoujiSyntax
import GoujiText

extension CellInvalid {
  /// The fix of a count cell written `无` or `〇`: `0` in its place. It is safe, since the rules already read the
  /// cell as 0 and the writer meant none; it is offered only where the cell stands apart (white space, a grid bar
  /// the reader splits cells at, or the text's end on both sides), since `0` written beside digits would join them
  /// into another number (`〇〇1` reads as three cells, `001` as one glued run).
  static func zeroFix(_ cell: Cell, in text: SourceText) -> Fix? {
    let range = cell.range
    guard range.length > 0, standsApart(before: range.start, in: text), standsApart(after: range.end, in: text)
    else { return nil }
    return Fix(
      title: LocalizedText(zh: "填0", en: "Write 0"), isSafe: true, edits: [TextEdit(range: range, newText: "0")])
  }

  /// Whether the character before `offset` is a border: white space, a table bar, or none.
  private static func standsApart(before offset: Int, in text: SourceText) -> Bool {
    guard offset > 0 else { return true }
    let start = text.scalarBoundary(atOrBefore: offset - 1)
    return isBorder(at: start, width: offset - start, in: text)
  }

  /// Whether the character at `offset` is a border: white space, a table bar, or the text's end.
  private static func standsApart(after offset: Int, in text: SourceText) -> Bool {
    guard offset < text.count else { return true }
    return isBorder(at: offset, width: SourceText.scalarByteCount(lead: text.bytes[offset]), in: text)
  }

  private static func isBorder(at offset: Int, width: Int, in text: SourceText) -> Bool {
    text.isSpace(at: offset, width: width) || CharacterFolding.isGridBar(text.scalar(at: offset))
  }
}
