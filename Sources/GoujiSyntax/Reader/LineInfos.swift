import GoujiText

/// The ``LineInfo`` of every line of a text, computed once and kept in 4 bytes a line (12.5 million short lines, or
/// 50 million line ends, are plausible hostile inputs): a line's range comes from the text's line index and whether
/// it starts with a TAB from its first byte, so only what needs a scan of the line is kept, its white space before
/// the first other character (30 bits) and its TABs counted up to two (2 bits). A line with 1 GiB or more of leading
/// white space is scanned again when asked for.
///
/// What is kept of a line depends on its characters alone, so after an edit the descriptions of the lines the edit
/// left alone are copied (``spliced(into:_:)``) and only the edited lines are described again. Two descriptions are
/// equal when they describe the lines alike (their texts aside).
struct LineInfos: RandomAccessCollection, Sendable, Equatable {
  /// The text described.
  let text: SourceText
  /// Per line: bits 0–29 the bytes of leading white space (``farNonSpace`` when there are too many to hold), bits
  /// 30–31 the TAB count.
  private let scanned: [UInt32]

  /// The leading-white-space value that means "scan the line again".
  private static let farNonSpace: UInt32 = (1 << 30) - 1

  init(_ text: SourceText) {
    self.init(text, scanned: Self.scan(text, lines: 0..<Self.describedCount(text)))
  }

  private init(_ text: SourceText, scanned: [UInt32]) {
    self.text = text
    self.scanned = scanned
  }

  /// The descriptions of `text`, made from these, of the text before the edit that `splice` describes: the lines
  /// before and after the edit's are copied, the edit's are described afresh. A text with a line past
  /// ``LineInfo/maximumOffset``, or a splice that does not fit these lines, is described in full.
  func spliced(into text: SourceText, _ splice: LineSplice) -> LineInfos {
    let oldLines = splice.oldLines
    guard count == self.text.lineCount, count - oldLines.count + splice.newLines.count == text.lineCount,
      oldLines.upperBound <= count, Self.describedCount(text) == text.lineCount
    else { return LineInfos(text) }
    var spliced: [UInt32] = []
    spliced.reserveCapacity(text.lineCount)
    spliced += scanned[..<oldLines.lowerBound]
    spliced += Self.scan(text, lines: splice.newLines)
    spliced += scanned[oldLines.upperBound...]
    return LineInfos(text, scanned: spliced)
  }

  /// These descriptions for `text`, this text after an edit inside one line that changed nothing kept of it (no
  /// TAB or line end removed or typed, nothing before the line's first character other than white space): the same
  /// values, none made again. `nil` when the texts' lines do not match these.
  func moved(to text: SourceText) -> LineInfos? {
    guard count == self.text.lineCount, text.lineCount == count, Self.describedCount(text) == count else { return nil }
    return LineInfos(text, scanned: scanned)
  }

  /// How many lines of `text` can be described: those that end within ``LineInfo/maximumOffset``.
  private static func describedCount(_ text: SourceText) -> Int {
    var count = text.lineCount
    while count > 0 && text.lineContentRange(count - 1).end > LineInfo.maximumOffset { count -= 1 }
    return count
  }

  /// What is kept of each of `lines` of `text`.
  private static func scan(_ text: SourceText, lines: Range<Int>) -> [UInt32] {
    var scanned: [UInt32] = []
    scanned.reserveCapacity(lines.count)
    for line in lines {
      let info = text.lineInfo(line)
      let leading = UInt32(Swift.min(info.firstNonSpace - info.range.start, Int(Self.farNonSpace)))
      scanned.append(leading | UInt32(info.tabCount) << 30)
    }
    return scanned
  }

  static func == (lhs: LineInfos, rhs: LineInfos) -> Bool { lhs.scanned == rhs.scanned }

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
