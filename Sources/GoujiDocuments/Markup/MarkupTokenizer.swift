/// Splits UTF-8 markup into tags and text, tolerantly: whatever is not a well-formed tag is text, comments,
/// declarations and processing instructions are skipped, and the tokenizer never fails.
struct MarkupTokenizer {
  private let bytes: [UInt8]
  private let dialect: MarkupDialect
  private var position = 0

  init(_ bytes: [UInt8], dialect: MarkupDialect) {
    self.bytes = bytes
    self.dialect = dialect
  }

  /// All tokens of the input.
  static func tokens(_ bytes: [UInt8], dialect: MarkupDialect) -> [MarkupToken] {
    var tokenizer = MarkupTokenizer(bytes, dialect: dialect)
    var tokens: [MarkupToken] = []
    while let token = tokenizer.next() { tokens.append(token) }
    return tokens
  }

  mutating func next() -> MarkupToken? {
    while position < bytes.count {
      guard bytes[position] == UInt8(ascii: "<") else {
        return text(until: firstIndex(ofByte: UInt8(ascii: "<"), from: position) ?? bytes.count)
      }
      let following = position + 1 < bytes.count ? bytes[position + 1] : 0
      if following == UInt8(ascii: "!") {
        if starts(with: "<!--") {
          position = end(of: "-->", from: position + 4)
        } else if starts(with: "<![CDATA[") {
          let close = firstIndex(of: "]]>", from: position + 9) ?? bytes.count
          defer { position = min(bytes.count, close + 3) }
          return .text(string(position + 9, close))
        } else {
          position = end(of: ">", from: position + 2)
        }
      } else if following == UInt8(ascii: "?") {
        position = end(of: ">", from: position + 2)
      } else if following == UInt8(ascii: "/") {
        return endTag()
      } else if isNameStart(following) {
        return startTag()
      } else {
        position += 1
        return .text("<")
      }
    }
    return nil
  }

  private mutating func text(until end: Int) -> MarkupToken {
    defer { position = end }
    return .text(CharacterReferences.decode(Substring(string(position, end))))
  }

  private mutating func endTag() -> MarkupToken? {
    let nameEnd = scanName(from: position + 2)
    let name = normalized(string(position + 2, nameEnd))
    position = min(bytes.count, (firstIndex(ofByte: UInt8(ascii: ">"), from: nameEnd) ?? bytes.count) + 1)
    return name.isEmpty ? next() : .end(name: name)
  }

  private mutating func startTag() -> MarkupToken {
    let nameEnd = scanName(from: position + 1)
    let name = normalized(string(position + 1, nameEnd))
    position = nameEnd
    var attributes: [String: String] = [:]
    var selfClosing = false
    while position < bytes.count {
      skipSpace()
      guard position < bytes.count else { break }
      if bytes[position] == UInt8(ascii: ">") {
        position += 1
        break
      }
      if bytes[position] == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") {
        selfClosing = true
        position += 2
        break
      }
      let (key, value) = attribute()
      if !key.isEmpty, attributes[key] == nil { attributes[key] = value }
    }
    if dialect == .html, name == "script" || name == "style" {
      skipRawText(of: name)
    }
    return .start(name: name, attributes: attributes, selfClosing: selfClosing)
  }

  private mutating func attribute() -> (String, String) {
    let start = position
    while position < bytes.count, !isSpace(bytes[position]), !"=>".utf8.contains(bytes[position]),
      !(bytes[position] == UInt8(ascii: "/") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">"))
    {
      position += 1
    }
    if position == start { position += 1 }
    let key = normalized(string(start, position))
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return (key, "") }
    position += 1
    skipSpace()
    guard position < bytes.count else { return (key, "") }
    let quote = bytes[position]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      let close = firstIndex(ofByte: quote, from: position + 1) ?? bytes.count
      defer { position = min(bytes.count, close + 1) }
      return (key, CharacterReferences.decode(Substring(string(position + 1, close))))
    }
    let valueStart = position
    while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
    return (key, CharacterReferences.decode(Substring(string(valueStart, position))))
  }

  /// Skips the contents of a raw-text element up to (not including) its end tag.
  private mutating func skipRawText(of name: String) {
    var search = position
    while let candidate = firstIndex(of: "</", from: search) {
      let nameEnd = scanName(from: candidate + 2)
      if string(candidate + 2, nameEnd).lowercased() == name {
        position = candidate
        return
      }
      search = candidate + 2
    }
    position = bytes.count
  }

  // MARK: Bytes

  private func normalized(_ name: String) -> String { dialect == .html ? name.lowercased() : name }

  private func string(_ start: Int, _ end: Int) -> String {
    let end = min(end, bytes.count)
    guard start < end else { return "" }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  private func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
      || byte >= 0x80
  }

  private func scanName(from start: Int) -> Int {
    var index = start
    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
      bytes[index] != UInt8(ascii: "/")
    {
      index += 1
    }
    return index
  }

  private mutating func skipSpace() {
    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
  }

  private func starts(with literal: String) -> Bool {
    let utf8 = Array(literal.utf8)
    return position + utf8.count <= bytes.count && bytes[position..<position + utf8.count].elementsEqual(utf8)
  }

  private func firstIndex(ofByte byte: UInt8, from start: Int) -> Int? {
    guard start < bytes.count else { return nil }
    return bytes[start...].firstIndex(of: byte)
  }

  private func firstIndex(of literal: String, from start: Int) -> Int? {
    let utf8 = Array(literal.utf8)
    var index = start
    while let candidate = firstIndex(ofByte: utf8[0], from: index) {
      if candidate + utf8.count <= bytes.count, bytes[candidate..<candidate + utf8.count].elementsEqual(utf8) {
        return candidate
      }
      index = candidate + 1
    }
    return nil
  }

  /// The position just after `literal` (searched from `start`), or the end of the input.
  private func end(of literal: String, from start: Int) -> Int {
    firstIndex(of: literal, from: start).map { $0 + literal.utf8.count } ?? bytes.count
  }
}
