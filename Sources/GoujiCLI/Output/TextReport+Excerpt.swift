import GoujiText

/// The source excerpt under a finding in `check --format text`: the line of the range's start, with carets under the
/// range.
extension TextReport {
  /// How many columns of a long line are shown before and after the range.
  private static let context = (before: 40, after: 60)

  /// How many bytes around the range can hold the context: every character that takes a column takes at most four
  /// bytes per column, so a window this wide always holds `context` columns.
  private static let windowBytes = 4 * (max(context.before, context.after) + 4)

  /// Appends the line of the range's start, and carets under the range (to the end of that line if it goes on). A
  /// long line is cut to a window around the range, marked with `…`. The window is cut by bytes before any width is
  /// measured, so an excerpt costs the same on a 2 MB line as on a short one. A line shown whole is copied from the
  /// text's bytes, its widths measured on them, with no `String` made.
  func appendExcerpt(_ range: TextRange, text: SourceText, caretColor: String, to output: inout [UInt8]) {
    let line = text.line(containing: range.start)
    let content = text.lineContentRange(line)
    let start = min(range.start, content.end)
    let end = min(max(range.end, range.start), content.end)
    let windowStart = text.scalarBoundary(atOrBefore: max(content.start, start - TextReport.windowBytes))
    let windowEnd = text.scalarBoundary(atOrBefore: min(content.end, end + TextReport.windowBytes))
    // Where the parts are cut, as `text[…]` cuts them: at the scalar boundaries at or before `start` and `end`.
    let first = text.scalarBoundary(atOrBefore: start)
    let last = max(first, text.scalarBoundary(atOrBefore: end))
    let widthBefore = width(of: windowStart..<first, in: text)
    let widthAfter = width(of: last..<windowEnd, in: text)
    let fitsBefore = windowStart == content.start && widthBefore <= TextReport.context.before
    let isWhole = fitsBefore && windowEnd == content.end && widthAfter <= TextReport.context.after
    let gutter = String(line + 1)
    output.append(0x20)
    output += gutter.utf8
    output += " | ".utf8
    let shownBefore: Int
    if isWhole {
      appendExpandingTabs(text.bytes[windowStart..<windowEnd], to: &output)
      shownBefore = widthBefore
    } else {
      var before = text[TextRange(start: windowStart, end: start)]
      var after = text[TextRange(start: end, end: windowEnd)]
      if windowStart > content.start || widthBefore > TextReport.context.before {
        before = "…" + trailing(before, columns: TextReport.context.before)
      }
      if windowEnd < content.end || widthAfter > TextReport.context.after {
        after = leading(after, columns: TextReport.context.after) + "…"
      }
      for part in [before, text[TextRange(start: start, end: end)], after] {
        appendExpandingTabs(part.utf8, to: &output)
      }
      shownBefore = width(before.unicodeScalars)
    }
    output += "\n ".utf8
    output += repeatElement(0x20, count: gutter.utf8.count)
    output += " | ".utf8
    output += repeatElement(0x20, count: shownBefore)
    let carets = max(1, width(of: first..<last, in: text))
    appendPainted(caretColor, to: &output) { $0 += repeatElement(0x5E, count: carets) }
    output.append(0x0A)
  }

  /// `part`'s bytes appended to `output`, each TAB as ``tabWidth`` spaces (one buffer for the whole output: joining
  /// strings and expanding TABs scalar by scalar cost more than the analysis when every finding of 20,000 on a Word
  /// copy's lines was written).
  private func appendExpandingTabs(_ part: some Sequence<UInt8>, to output: inout [UInt8]) {
    for byte in part {
      if byte == 0x09 {
        output += repeatElement(0x20, count: TextReport.tabWidth)
      } else {
        output.append(byte)
      }
    }
  }

  /// The columns the scalars of `bytes` take (a TAB ``tabWidth``), read from the text's bytes.
  private func width(of bytes: Range<Int>, in text: SourceText) -> Int {
    var total = 0
    var index = bytes.lowerBound
    while index < bytes.upperBound {
      let scalar = text.scalar(at: index)
      total += scalar == "\t" ? TextReport.tabWidth : DisplayWidth.of(scalar)
      index += SourceText.scalarByteCount(lead: text.bytes[index])
    }
    return total
  }

  /// The last characters of `string` that fit in `columns`.
  private func trailing(_ string: some StringProtocol, columns: Int) -> String {
    var taken: [Character] = []
    var total = 0
    for character in string.reversed() {
      let characterWidth = width(character.unicodeScalars)
      guard total + characterWidth <= columns else { break }
      total += characterWidth
      taken.append(character)
    }
    return String(taken.reversed())
  }

  /// The first characters of `string` that fit in `columns`.
  private func leading(_ string: some StringProtocol, columns: Int) -> String {
    var result = ""
    var total = 0
    for character in string {
      let characterWidth = width(character.unicodeScalars)
      guard total + characterWidth <= columns else { break }
      total += characterWidth
      result.append(character)
    }
    return result
  }

  /// The columns `scalars` take (a TAB ``tabWidth``).
  private func width(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
    scalars.reduce(0) { total, scalar in total + (scalar == "\t" ? TextReport.tabWidth : DisplayWidth.of(scalar)) }
  }
}
