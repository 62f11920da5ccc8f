import GoujiAnalysis
import GoujiText
import LanguageServerProtocol

extension SemanticSpan {
  /// The token types and modifiers, in the order the encoded indices and bits refer to.
  static let legend = SemanticTokensLegend(
    tokenTypes: Kind.allCases.map(\.rawValue),
    tokenModifiers: Modifier.allCases.map(\.rawValue)
  )

  var typeIndex: UInt32 {
    UInt32(Kind.allCases.firstIndex(of: kind) ?? 0)
  }

  var modifierBits: UInt32 {
    Modifier.allCases.enumerated().reduce(0) { bits, element in
      modifiers.contains(element.element) ? bits | (1 << UInt32(element.offset)) : bits
    }
  }
}

/// One token on one line, its start and length counted in the negotiated unit.
struct SemanticToken: Hashable {
  var line: Int
  var start: Int
  var length: Int
  var type: UInt32
  var modifiers: UInt32
}

extension [SemanticSpan] {
  /// The spans as the protocol's packed tokens: split at line ends (a span over several lines becomes one token per
  /// line), empty pieces dropped, sorted, overlaps dropped (the earlier token wins), and each token's position given
  /// relative to the previous one. With `limit`, only spans that touch it.
  func encodedTokens(in context: ConversionContext, limit: TextRange? = nil) -> [UInt32] {
    let text = context.text
    let tokens = flatMap { span -> [SemanticToken] in
      let range = text.clamp(span.range)
      if let limit, !range.overlaps(limit) { return [] }
      return Self.tokens(of: range, type: span.typeIndex, modifiers: span.modifierBits, in: text, unit: context.unit)
    }
    return Self.encode(Self.withoutOverlaps(tokens.sorted { ($0.line, $0.start) < ($1.line, $1.start) }))
  }

  /// The per-line pieces of `range`.
  private static func tokens(
    of range: TextRange, type: UInt32, modifiers: UInt32, in text: SourceText, unit: PositionUnit
  ) -> [SemanticToken] {
    guard !range.isEmpty else { return [] }
    let firstLine = text.line(containing: range.start)
    let lastLine = text.line(containing: range.end - 1)
    return (firstLine...lastLine).compactMap { line in
      let content = text.lineContentRange(line)
      let start = Swift.max(range.start, content.start)
      let end = Swift.min(range.end, content.end)
      guard end > start else { return nil }
      return SemanticToken(
        line: line,
        start: text.columnCount(from: content.start, to: start, in: unit),
        length: text.columnCount(from: start, to: end, in: unit),
        type: type,
        modifiers: modifiers
      )
    }
  }

  private static func withoutOverlaps(_ sorted: [SemanticToken]) -> [SemanticToken] {
    var result: [SemanticToken] = []
    for token in sorted {
      if let last = result.last, last.line == token.line, token.start < last.start + last.length { continue }
      result.append(token)
    }
    return result
  }

  private static func encode(_ tokens: [SemanticToken]) -> [UInt32] {
    var data: [UInt32] = []
    data.reserveCapacity(tokens.count * 5)
    var previous = SemanticToken(line: 0, start: 0, length: 0, type: 0, modifiers: 0)
    for token in tokens {
      let deltaLine = token.line - previous.line
      let deltaStart = deltaLine == 0 ? token.start - previous.start : token.start
      data += [UInt32(deltaLine), UInt32(deltaStart), UInt32(token.length), token.type, token.modifiers]
      previous = token
    }
    return data
  }
}
