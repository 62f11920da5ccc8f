import GoujiText

/// The ``LineInfo`` of every line of a text, computed once and kept in 4 bytes a line (12.5 million short lines, or
/// 50 million line ends, are plausible hostile inputs): a line's range comes from the text's line index and whether
/// it starts with a TAB from its first byte, so only what needs a scan of the line is kept, its white space before
/// the first other character (30 bits) and its TABs counted up to two (2 bits). A line with 1 GiB or more of leading
/// white space is scanned again when asked for.
struct LineInfos: RandomAccessCollection, Sendable {
  private let text: SourceText
  /// Per line: bits 0–29 the bytes of leading white space (``farNonSpace`` when there are too many to hold), bits
  /// 30–31 the TAB count.
  private let scanned: [UInt32]

  /// The leading-white-space value that means "scan the line again".
  private static let farNonSpace: UInt32 = (1 << 30) - 1

  init(_ text: SourceText) {
    self.text = text
    var count = text.lineCount
    while count > 0 && text.lineContentRange(count - 1).end > LineInfo.maximumOffset { count -= 1 }
    var scanned: [UInt32] = []
    scanned.reserveCapacity(count)
    for line in 0..<count {
      let info = text.lineInfo(line)
      let leading = UInt32(Swift.min(info.firstNonSpace - info.range.start, Int(Self.farNonSpace)))
      scanned.append(leading | UInt32(info.tabCount) << 30)
    }
    self.scanned = scanned
  }

  var startIndex: Int { 0 }
  var endIndex: Int { scanned.count }
  /// Stated rather than inherited (see ``LineStarts/count``).
  var count: Int { scanned.count }
  func index(after index: Int) -> Int { index + 1 }
  func index(before index: Int) -> Int { index - 1 }

  subscript(line: Int) -> LineInfo {
    let packed = scanned[line]
    let leading = packed & Self.farNonSpace
    guard leading != Self.farNonSpace else { return text.lineInfo(line) }
    let range = text.lineContentRange(line)
    return LineInfo(
      range: range, firstNonSpace: range.start + Int(leading),
      startsWithTab: range.length > 0 && text.bytes[range.start] == 0x09, tabCount: Int(packed >> 30)
    )
  }
}
