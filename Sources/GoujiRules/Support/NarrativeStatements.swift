import GoujiFormats
import GoujiSyntax
import GoujiText

/// A number the prose states about a quantity the tables also hold.
package struct NarrativeStatement: Sendable {
  package enum Topic: String, Sendable, CaseIterable {
    case newApplications, carried, carryOver, published, partlyPublished, withheld, unable, ignored
    case administrativeReview, lawsuits
    /// `予以公开及部分公开163件`: （一）and （二）together.
    case publishedOrPartly
    /// `其他处理2件`: the rows of （六）其他处理.
    case otherHandling
  }

  package var topic: Topic
  package var value: Int
  /// The number (or the `未收到…` phrase) in the prose.
  package var range: TextRange
}

/// Reads what the prose says about applications, outcomes, carry-over, 行政复议 and 行政诉讼. Only clauses whose
/// wording names the quantity unambiguously are read (precision before recall).
package enum NarrativeReader {
  /// Keywords that name a topic, most specific first; the one nearest before the number wins.
  private static let keywords: [([Unicode.Scalar], NarrativeStatement.Topic)] = {
    let words: [(String, NarrativeStatement.Topic)] = [
      // A compound ends where its last part ends and is listed first, so that it wins over that part.
      ("予以公开及部分公开", .publishedOrPartly), ("予以公开和部分公开", .publishedOrPartly),
      ("予以公开、部分公开", .publishedOrPartly), ("其他处理", .otherHandling),
      ("行政复议", .administrativeReview), ("行政诉讼", .lawsuits), ("部分公开", .partlyPublished),
      ("不予公开", .withheld), ("无法提供", .unable), ("不予处理", .ignored), ("予以公开", .published),
      ("上年结转", .carried), ("结转下年", .carryOver), ("结转到下年", .carryOver),
    ]
    return words.map { (Array($0.0.unicodeScalars), $0.1) }
  }()
  private static let receiving = ["收到", "受理", "接到", "新收", "接收"].map { Array($0.unicodeScalars) }
  private static let denials = ["未收到", "未接到", "没有收到", "未发生", "没有发生", "未受理"].map { Array($0.unicodeScalars) }
  private static let application = Array("申请".unicodeScalars)
  private static let concluded = Array("办结".unicodeScalars)

  /// Whether a character ends a clause: `。；;，,！？!?` and line breaks (a switch: hashing every character for a set
  /// look-up cost more than the rest of the scan).
  @inline(__always)
  private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3002, 0xFF1B, 0x3B, 0xFF0C, 0x2C, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x0A, 0x0D: true
    default: false
    }
  }

  /// Whether a character is a unit of count: `件个条次起`.
  @inline(__always)
  private static func isCountUnit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "件", "个", "条", "次", "起": true
    default: false
    }
  }

  package static func statements(in text: SourceText, range: TextRange) -> [NarrativeStatement] {
    statements(in: NormalizedText(text, range: range, mode: .display))
  }

  /// The statements of `view`, a display view of the prose.
  package static func statements(in view: NormalizedText) -> [NarrativeStatement] {
    var result: [NarrativeStatement] = []
    var clauseStart = 0
    var hasDigit = false
    var mayDeny = false
    for index in 0...view.count {
      if index < view.count {
        let scalar = view.scalars[index]
        if !endsClause(scalar) {
          if isDigit(scalar) { hasDigit = true } else if scalar == "未" || scalar == "没" { mayDeny = true }
          continue
        }
      }
      // Only a clause with a digit or a `未`/`没` (which every denial starts with) can state anything.
      if index > clauseStart && (hasDigit || mayDeny) { result += clause(view, clauseStart..<index) }
      clauseStart = index + 1
      hasDigit = false
      mayDeny = false
    }
    return result
  }

  @inline(__always)
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

  private static func clause(_ view: NormalizedText, _ range: Range<Int>) -> [NarrativeStatement] {
    let scalars = view.scalars[range]
    if let denial = firstDenial(in: scalars) {
      return denied(scalars, from: denial, view: view)
    }
    guard scalars.contains(where: isDigit) else { return [] }
    var result: [NarrativeStatement] = []
    var index = range.lowerBound
    var previousEnd = range.lowerBound
    while index < range.upperBound {
      guard isDigit(view.scalars[index]), index == range.lowerBound || !isDigit(view.scalars[index - 1]) else {
        index += 1
        continue
      }
      var end = index
      while end < range.upperBound && isDigit(view.scalars[end]) { end += 1 }
      var unit = end
      while unit < range.upperBound && view.scalars[unit] == " " { unit += 1 }
      if unit < range.upperBound, isCountUnit(view.scalars[unit]), end - index <= 9,
        let value = Int(String(String.UnicodeScalarView(view.scalars[index..<end]))),
        let topic = topic(view.scalars[max(previousEnd, index - 16)..<index])
      {
        result.append(NarrativeStatement(topic: topic, value: value, range: view.sourceRange(of: index..<end)))
      }
      previousEnd = end
      index = end
    }
    return result
  }

  /// Where the first of ``denials`` (in their order) that the clause holds first occurs, in one pass over the clause
  /// that looks further only at `未` and `没`, the characters every denial starts with.
  private static func firstDenial(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    var found = [Int?](repeating: nil, count: denials.count)
    for index in scalars.indices where scalars[index] == "未" || scalars[index] == "没" {
      for (number, denial) in denials.enumerated() where found[number] == nil && denial[0] == scalars[index] {
        if index + denial.count <= scalars.endIndex && scalars[index..<(index + denial.count)].elementsEqual(denial) {
          found[number] = index
        }
      }
    }
    return found.lazy.compactMap(\.self).first
  }

  /// Words that put a figure in another year than the report's (`较上年收到的申请5件`, `同比增加2件`).
  private static let otherYear = ["上年", "去年", "上一年", "前年", "同比"].map { Array($0.unicodeScalars) }
  private static let carriedIn = Array("上年结转".unicodeScalars)

  private static func mentionsAnotherYear(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
    otherYear.contains { word in
      var index = prefix.startIndex
      while let found = firstIndex(of: word, in: prefix[index...]) {
        if lastIndex(of: carriedIn, in: prefix[found..<min(prefix.endIndex, found + carriedIn.count)]) != found {
          return true
        }
        index = found + 1
      }
      return false
    }
  }

  /// The topic of the words before a number: the nearest specific keyword, else receiving applications.
  private static func topic(_ prefix: ArraySlice<Unicode.Scalar>) -> NarrativeStatement.Topic? {
    // A figure of last year, or a change since then, is not this year's (上年结转 is this year's carry-in).
    if mentionsAnotherYear(prefix) { return nil }
    var nearest: (end: Int, topic: NarrativeStatement.Topic)?
    for (keyword, topic) in keywords {
      guard let start = lastIndex(of: keyword, in: prefix) else { continue }
      if nearest.map({ start + keyword.count > $0.end }) ?? true { nearest = (start + keyword.count, topic) }
    }
    if let nearest { return nearest.topic }
    let receives = receiving.contains { firstIndex(of: $0, in: prefix) != nil }
    if receives && firstIndex(of: application, in: prefix) != nil && firstIndex(of: concluded, in: prefix) == nil {
      return .newApplications
    }
    return nil
  }

  /// `未收到政府信息公开申请`, `未收到行政复议、行政诉讼`: zero for each topic the clause names.
  private static func denied(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int, view: NormalizedText)
    -> [NarrativeStatement]
  {
    let after = scalars[start...]
    if denialQualifiers.contains(where: { firstIndex(of: $0, in: after) != nil }) { return [] }
    let phrase = view.sourceRange(of: start..<scalars.endIndex)
    var topics: [NarrativeStatement.Topic] = []
    if firstIndex(of: review, in: after) != nil { topics.append(.administrativeReview) }
    if firstIndex(of: lawsuit, in: after) != nil { topics.append(.lawsuits) }
    if topics.isEmpty && deniesApplications(after) { topics.append(.newApplications) }
    return topics.map { NarrativeStatement(topic: $0, value: 0, range: phrase) }
  }

  private static let review = Array("行政复议".unicodeScalars)
  private static let lawsuit = Array("行政诉讼".unicodeScalars)

  /// Words that make a denial about something narrower than the whole quantity (`未发生逾期答复申请的情况`,
  /// `未收到对申请答复的投诉`, `未发生行政复议纠错`): such a clause states no count.
  private static let denialQualifiers = [
    "答复", "投诉", "举报", "逾期", "超期", "延期", "纠错", "纠正", "败诉", "撤销", "违法", "泄密", "错误", "不予", "不满",
  ].map { Array($0.unicodeScalars) }

  /// Whether a denial (`未收到…`) is about applications: `申请` ends the clause or is followed only by a short
  /// noun (`事项`, `的情况`).
  private static func deniesApplications(_ after: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let found = lastIndex(of: application, in: after) else { return false }
    return after.endIndex - (found + application.count) <= 4
  }

  private static func firstIndex(of needle: [Unicode.Scalar], in haystack: ArraySlice<Unicode.Scalar>) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }

  private static func lastIndex(of needle: [Unicode.Scalar], in haystack: ArraySlice<Unicode.Scalar>) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    var index = haystack.endIndex - needle.count
    while index >= haystack.startIndex {
      if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index -= 1
    }
    return nil
  }
}
