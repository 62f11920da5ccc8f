import GoujiText

/// The `reread` fuzz target's input, decoded the same way by the fuzzer and by the test that replays its crashers:
/// the first 9 bytes choose the edit (start and end, 4 bytes each, counted past the text's ends too; the length of
/// the inserted text), the inserted text comes next, then the text.
package struct RereadInput {
  package var text: SourceText
  package var edit: TextEdit

  /// `nil` for fewer than 9 bytes.
  package init?(_ bytes: [UInt8]) {
    guard bytes.count >= 9 else { return nil }
    func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    let insertedCount = min(Int(bytes[8]), bytes.count - 9)
    let inserted = String(decoding: bytes[9..<9 + insertedCount], as: UTF8.self)
    text = SourceText(bytes: Array(bytes[(9 + insertedCount)...]))
    let span = text.count + 8
    let start = number(0) % span - 4
    let end = start + number(4) % (span - start)
    edit = TextEdit(range: TextRange(start: start, end: max(start, end)), newText: inserted)
  }
}
