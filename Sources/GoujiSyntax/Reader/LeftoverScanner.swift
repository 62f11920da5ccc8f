import GoujiText

/// Finds conversion leftovers (`[image: …]`, `[bookmark: …]`, `**`) and page furniture (page numbers, form feeds,
/// web page chrome), so that neither is read as report content.
enum LeftoverScanner {
  /// Leftovers in `range` (whole lines: a leftover never spans lines), found in one pass over the bytes: an opener
  /// (`[image:`, `[bookmark:`) runs to its line's first `]` after it (or the line's end), `**` to the end of its run
  /// of `*`. Occurrences of one kind do not overlap (the search for the next starts after the last one's end); those
  /// of different kinds may (`**` inside an `[image: …]`).
  static func artifacts(in text: SourceText, range: TextRange) -> [Artifact] {
    var result: [Artifact] = []
    var nextAllowed = [Int](repeating: range.start, count: openers.count)
    var nextEmphasis = range.start
    text.bytes.withUnsafeBufferPointer { bytes in
      for index in range.start..<range.end {
        let byte = bytes[index]
        if byte == 0x5B {
          for (number, (kind, opener)) in openers.enumerated()
          where index >= nextAllowed[number] && starts(bytes, at: index, end: range.end, with: opener) {
            let lineEnd = min(range.end, text.lineContentRange(text.line(containing: index)).end)
            var close = index
            while close < lineEnd && bytes[close] != 0x5D { close += 1 }
            let end = close < lineEnd ? close + 1 : lineEnd
            result.append(Artifact(kind: kind, range: TextRange(start: index, end: end)))
            nextAllowed[number] = end
          }
        } else if byte == 0x2A, index >= nextEmphasis, index + 1 < range.end, bytes[index + 1] == 0x2A {
          var end = index + 2
          while end < range.end && bytes[end] == 0x2A { end += 1 }
          result.append(Artifact(kind: .emphasis, range: TextRange(start: index, end: end)))
          nextEmphasis = end
        }
      }
    }
    return result.sorted { $0.range < $1.range }
  }

  /// The openers of the bracketed leftovers, as bytes.
  private static let openers: [(Artifact.Kind, [UInt8])] = [
    (.image, Array("[image:".utf8)), (.bookmark, Array("[bookmark:".utf8)),
  ]

  /// Lines and pieces of text that are not report content: page numbers (`- 3 -`, `— 3 —`, `第 3 页 共 6 页`,
  /// `3/6`), the rules of pandoc's simple tables (`  ---------- ------`), form feeds, and web page chrome
  /// (`当前位置：…`, `字号：大 中 小`, `分享到：`, `打印本页`, `关闭窗口`).
  static func furniture(in text: SourceText, lines: some Sequence<LineInfo>, range: TextRange) -> [TextRange] {
    var result: [TextRange] = []
    for line in lines where !line.isBlank && isTableRule(text, line.range) {
      result.append(text.trimmingSpaces(line.range))
    }
    for line in lines
    where !line.isBlank && line.range.length <= maximumPageNumberBytes && mayBePageNumber(text, line.range) {
      let content = text.trimmingSpaces(line.range)
      let normalized = CharacterFolding.normalize(text[content]).filter { !$0.isWhitespace }
      if isPageNumber(normalized) { result.append(content) }
    }
    result += formFeedsAndChrome(in: text, range: range)
    return result.sorted()
  }

  /// Form feeds and the occurrences of each chrome phrase (non-overlapping per phrase), in one pass over the bytes.
  private static func formFeedsAndChrome(in text: SourceText, range: TextRange) -> [TextRange] {
    var result: [TextRange] = []
    let (leads, keys, needles) = (chromeLeads, chromeKeys, chromeNeedles)
    var nextAllowed = [Int](repeating: range.start, count: needles.count)
    text.bytes.withUnsafeBufferPointer { bytes in
      for index in range.start..<range.end {
        let byte = bytes[index]
        if byte == 0x0C { result.append(TextRange(start: index, end: index + 1)) }
        guard leads[Int(byte)], index + 2 < range.end else { continue }
        let key = UInt32(byte) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
        guard keys.contains(key) else { continue }
        for (number, needle) in needles.enumerated()
        where index >= nextAllowed[number] && starts(bytes, at: index, end: range.end, with: needle) {
          result.append(TextRange(start: index, end: index + needle.count))
          nextAllowed[number] = index + needle.count
        }
      }
    }
    return result
  }

  @inline(__always)
  private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, with needle: [UInt8]) -> Bool
  {
    guard index + needle.count <= end else { return false }
    for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
    return true
  }

  /// A page number line (`第 12 页 共 30 页` with spaces) is never longer than this.
  private static let maximumPageNumberBytes = 64

  private static let chromePhrases = ["字号：大 中 小", "字号:大 中 小", "分享到：", "打印本页", "关闭窗口", "附件下载"]
  private static let chromeNeedles = chromePhrases.map { Array($0.utf8) }
  /// Whether a byte starts some chrome phrase: the one test made at most bytes.
  private static let chromeLeads: [Bool] = (0..<256).map { byte in chromeNeedles.contains { $0.first == UInt8(byte) } }
  /// The first three bytes of each chrome phrase, tested before any whole phrase is compared.
  private static let chromeKeys: [UInt32] = chromeNeedles.map {
    UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2])
  }

  /// Whether a line is a rule of a table drawn with hyphens (pandoc's simple and multiline tables: runs of at least
  /// three `-` between spaces, nothing else); its dashes are no values (a `-` alone may be an empty cell).
  static func isTableRule(_ text: SourceText, _ range: TextRange) -> Bool {
    var run = 0
    var longest = 0
    for byte in text.bytes[range.start..<range.end] {
      if byte == 0x2D {
        run += 1
        longest = max(longest, run)
      } else if byte == 0x20 || (0x09...0x0D).contains(byte) {
        if (1...2).contains(run) { return false }
        run = 0
      } else {
        return false
      }
    }
    return !(1...2).contains(run) && longest >= 3
  }

  /// A cheap test on the scalars: a page number line has a digit and a dash, `页` or `/`, and no character that would
  /// survive normalisation as something ``isPageNumber(_:)`` rejects whatever surrounds it: an ASCII character other
  /// than a digit, `-`, `/`, `,` or white space, or an ideograph other than `第`, `页`, `共` (normalisation leaves both
  /// as they are, and neither is ever part of a white-space character). Most short lines of a report hold such a
  /// character, and are rejected here without being normalised.
  private static func mayBePageNumber(_ text: SourceText, _ range: TextRange) -> Bool {
    var hasDigit = false
    var hasMark = false
    var index = range.start
    let bytes = text.bytes
    while index < range.end {
      let byte = bytes[index]
      let width = SourceText.scalarByteCount(lead: byte)
      if width == 1 {
        if (0x30...0x39).contains(byte) {
          hasDigit = true
        } else if byte == 0x2D || byte == 0x2F {
          hasMark = true
        } else if byte != 0x2C && byte != 0x20 && !(0x09...0x0D).contains(byte) {
          return false
        }
      } else if width == 3 {
        let value = NormalizedText.decodeScalar(bytes, at: index, width: width).value
        if (0x4E00...0x9FFF).contains(value) && value != 0x7B2C && value != 0x9875 && value != 0x5171 { return false }
        // `页` and the other ideographs (E9 A1 B5), `—` `–` (E2 80 9x), full-width forms (EF BC ..).
        if byte == 0xE9 || byte == 0xE2 { hasMark = true }
        if byte == 0xEF {
          hasDigit = true
          hasMark = true
        }
      }
      index += width
    }
    return hasDigit && hasMark
  }

  /// Whether a line (normalised, spaces removed) is a page number.
  static func isPageNumber(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    guard !scalars.isEmpty, scalars.count <= 16 else { return false }
    let dashes: Set<UInt32> = [0x2D, 0x2014, 0x2013, 0x2015, 0x2012, 0x2212]
    let isDigit: (Unicode.Scalar) -> Bool = { $0.value >= 0x30 && $0.value <= 0x39 }
    // - 3 -   — 3 —
    if let first = scalars.first, let last = scalars.last, dashes.contains(first.value), dashes.contains(last.value) {
      let middle = scalars.drop { dashes.contains($0.value) }.reversed().drop { dashes.contains($0.value) }
      return !middle.isEmpty && middle.allSatisfy(isDigit)
    }
    // 第3页共6页, 第3页
    if line.hasPrefix("第") && line.contains("页") {
      let digitsOnly = line.filter { !"第页共,/，".contains($0) }
      return !digitsOnly.isEmpty && digitsOnly.allSatisfy { $0.isASCII && $0.isNumber }
    }
    // 3/6
    if let slash = scalars.firstIndex(of: "/"), slash > 0, slash < scalars.count - 1 {
      return scalars[..<slash].allSatisfy(isDigit) && scalars[(slash + 1)...].allSatisfy(isDigit)
    }
    return false
  }
}
