import Foundation
import GoujiJSON
import GoujiText
import LanguageServerProtocol

/// Positions computed the slow, obvious way from a Swift string, independently of `SourceText`, so that tests check
/// the server's conversions against something other than themselves.
enum IndependentPositions {
  /// The LSP position of the UTF-8 `offset` in `text`, the character counted in `encoding` (`utf-8`, `utf-16`,
  /// `utf-32`). Lines end at LF, CRLF and lone CR; an offset between CR and LF is the end of the line.
  static func position(of offset: Int, in text: String, encoding: String) -> JSONValue {
    positions(of: [offset], in: text, encoding: encoding)[offset]!
  }

  /// The LSP positions of `offsets` in `text`, as ``position(of:in:encoding:)`` gives each, found in one walk over the
  /// text: a test of a long report asks for hundreds, each of which walked the whole text on its own.
  static func positions(of offsets: [Int], in text: String, encoding: String) -> [Int: JSONValue] {
    var pending = Set(offsets).sorted()[...]
    var found: [Int: JSONValue] = [:]
    var line = 0
    var column = 0
    var consumed = 0
    /// Every offset pending up to `consumed` stands at the position counted so far.
    func recordReached() {
      while let next = pending.first, consumed >= next {
        found[next] = ["line": .int(line), "character": .int(column)]
        pending.removeFirst()
      }
    }
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      recordReached()
      if pending.isEmpty { break }
      consumed += scalar.utf8.count
      let isCRBeforeLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
      if isCRBeforeLF {
        recordReached()
        continue
      }
      if scalar == "\n" || scalar == "\r" {
        line += 1
        column = 0
      } else {
        column += units(of: scalar, in: encoding)
      }
    }
    recordReached()
    return found
  }

  static func range(_ start: Int, _ end: Int, in text: String, encoding: String) -> JSONValue {
    [
      "start": position(of: start, in: text, encoding: encoding),
      "end": position(of: end, in: text, encoding: encoding),
    ]
  }

  static func range(_ range: TextRange, in text: String, encoding: String) -> JSONValue {
    self.range(range.start, range.end, in: text, encoding: encoding)
  }

  /// The LSP position of the first occurrence of `needle` on line `line` (zero-based) of `text`.
  static func position(of needle: String, onLine line: Int, in text: String, encoding: String) -> JSONValue? {
    let lines = self.lines(of: text)
    guard lines.indices.contains(line), let found = lines[line].range(of: needle) else { return nil }
    let before = lines[line][..<found.lowerBound]
    return [
      "line": .int(line), "character": .int(before.unicodeScalars.reduce(0) { $0 + units(of: $1, in: encoding) }),
    ]
  }

  /// The lines of `text` without their ends (LF, CRLF or lone CR), split scalar by scalar: Swift's `Character`
  /// takes CRLF as one character, which `components(separatedBy: "\n")` does not split.
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      if scalar == "\n" && previousWasCR { continue }
      if scalar == "\n" || scalar == "\r" {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    lines.append(String(current))
    return lines
  }

  static func units(of scalar: Unicode.Scalar, in encoding: String) -> Int {
    switch encoding {
    case "utf-8": scalar.utf8.count
    case "utf-32": 1
    default: scalar.utf16.count
    }
  }

  /// The UTF-8 offset of an LSP position in `text`, the slow way (for applying the client's own edits).
  static func offset(of position: JSONValue, in text: String, encoding: String) -> Int {
    let targetLine = position["line"]?.intValue ?? 0
    let targetColumn = position["character"]?.intValue ?? 0
    var line = 0
    var column = 0
    var offset = 0
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let isBreak = scalar == "\n" || scalar == "\r"
      if line == targetLine && (isBreak || column + units(of: scalar, in: encoding) > targetColumn) { return offset }
      if isBreak {
        if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
          offset += 1
          index += 1
        }
        line += 1
        column = 0
      } else {
        column += units(of: scalar, in: encoding)
      }
      offset += scalar.utf8.count
      index += 1
    }
    return offset
  }

  /// `text` with `newText` replacing the LSP `range` (in `encoding`): a client applying an edit.
  static func applying(_ range: JSONValue, _ newText: String, to text: String, encoding: String) -> String {
    let start = offset(of: range["start"] ?? [:], in: text, encoding: encoding)
    let end = offset(of: range["end"] ?? [:], in: text, encoding: encoding)
    var bytes = Array(text.utf8)
    bytes.replaceSubrange(start..<end, with: Array(newText.utf8))
    return String(decoding: bytes, as: UTF8.self)
  }
}
