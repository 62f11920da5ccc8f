import Foundation
import GoujiFormats
import GoujiSyntax
import GoujiText

/// A number the prose states about a quantity the tables also hold.
package struct NarrativeStatement: Sendable {
  package enum Topic: String, Sendable, CaseIterable {
    case newApplications, carried, carryOver, published, partlyPublished, withheld, unable, ignored
    case administrativeReview, lawsuits
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
  private static let keywords: [(String, NarrativeStatement.Topic)] = [
    ("行政复议", .administrativeReview), ("行政诉讼", .lawsuits), ("部分公开", .partlyPublished),
    ("不予公开", .withheld), ("无法提供", .unable), ("不予处理", .ignored), ("予以公开", .published),
    ("上年结转", .carried), ("结转下年", .carryOver), ("结转到下年", .carryOver),
  ]
  private static let receiving = ["收到", "受理", "接到", "新收", "接收"]
  private static let denials = ["未收到", "未接到", "没有收到", "未发生", "没有发生", "未受理"]

  package static func statements(in text: SourceText, range: TextRange) -> [NarrativeStatement] {
    let view = NormalizedText(text, range: range, mode: .display)
    var result: [NarrativeStatement] = []
    var clauseStart = 0
    for index in 0...view.count {
      let isEnd = index == view.count || "。；;，,！？!?\n\r".unicodeScalars.contains(view.scalars[index])
      guard isEnd else { continue }
      if index > clauseStart { result += clause(view, clauseStart..<index) }
      clauseStart = index + 1
    }
    return result
  }

  private static func clause(_ view: NormalizedText, _ range: Range<Int>) -> [NarrativeStatement] {
    let scalars = Array(view.scalars[range])
    let text = String(String.UnicodeScalarView(scalars))
    if let denial = denials.first(where: { text.contains($0) }) {
      return denied(text, denial: denial, view: view, range: range)
    }
    var result: [NarrativeStatement] = []
    var index = 0
    var previousEnd = 0
    while index < scalars.count {
      guard (0x30...0x39).contains(scalars[index].value), index == 0 || !(0x30...0x39).contains(scalars[index - 1].value)
      else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count && (0x30...0x39).contains(scalars[end].value) { end += 1 }
      var unitIndex = end
      while unitIndex < scalars.count && scalars[unitIndex] == " " { unitIndex += 1 }
      let isCount = unitIndex < scalars.count && "件个条次起".unicodeScalars.contains(scalars[unitIndex])
      if isCount, let value = Int(String(String.UnicodeScalarView(scalars[index..<end]))),
        let topic = topic(String(String.UnicodeScalarView(scalars[previousEnd..<index])))
      {
        let start = range.lowerBound + index
        result.append(NarrativeStatement(topic: topic, value: value, range: view.sourceRange(of: start..<(range.lowerBound + end))))
      }
      previousEnd = end
      index = end
    }
    return result
  }

  /// Words that put a figure in another year than the report's (`较上年收到的申请5件`, `同比增加2件`).
  private static let otherYear = ["上年", "去年", "上一年", "前年", "同比"]

  /// The topic of the words before a number: the nearest specific keyword, else receiving applications.
  private static func topic(_ prefix: String) -> NarrativeStatement.Topic? {
    let tail = String(prefix.suffix(16))
    // A figure of last year, or a change since then, is not this year's (上年结转 is this year's carry-in).
    if otherYear.contains(where: tail.replacingOccurrences(of: "上年结转", with: "").contains) { return nil }
    let found = keywords.compactMap { keyword, topic -> (Int, NarrativeStatement.Topic)? in
      guard let range = tail.range(of: keyword, options: .backwards) else { return nil }
      return (tail.distance(from: tail.startIndex, to: range.upperBound), topic)
    }
    if let nearest = found.max(by: { $0.0 < $1.0 }) { return nearest.1 }
    if tail.contains("申请") && receiving.contains(where: { tail.contains($0) }) && !tail.contains("办结") {
      return .newApplications
    }
    return nil
  }

  /// `未收到政府信息公开申请`, `未收到行政复议、行政诉讼`: zero for each topic the clause names.
  private static func denied(_ text: String, denial: String, view: NormalizedText, range: Range<Int>) -> [NarrativeStatement] {
    guard let denialRange = text.range(of: denial) else { return [] }
    let after = String(text[denialRange.upperBound...])
    let start = text.distance(from: text.startIndex, to: denialRange.lowerBound)
    let phrase = view.sourceRange(of: (range.lowerBound + start)..<range.upperBound)
    var topics: [NarrativeStatement.Topic] = []
    if after.contains("行政复议") { topics.append(.administrativeReview) }
    if after.contains("行政诉讼") { topics.append(.lawsuits) }
    if topics.isEmpty && after.contains("申请") { topics.append(.newApplications) }
    return topics.map { NarrativeStatement(topic: $0, value: 0, range: phrase) }
  }
}
