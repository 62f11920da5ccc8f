/// Entities and character references (`&amp;`, `&nbsp;`, `&#20013;`, `&#x4E2D;`) in markup text.
enum CharacterReferences {
  /// The named entities of XML and those HTML report pages use; anything else is left as written.
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
    "emsp": "\u{2003}", "thinsp": "\u{2009}", "ideographicspace": "\u{3000}", "copy": "©", "reg": "®", "middot": "·",
    "hellip": "…", "mdash": "—", "ndash": "–", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "times": "×",
    "divide": "÷", "laquo": "«", "raquo": "»", "bull": "•", "deg": "°", "plusmn": "±", "sect": "§", "yen": "¥",
  ]

  /// `text` with every reference it can resolve replaced by its characters.
  static func decode(_ text: Substring) -> String {
    guard text.contains("&") else { return String(text) }
    var result = ""
    var rest = text
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      rest = rest[rest.index(after: ampersand)...]
      if let (replacement, length) = reference(at: rest) {
        result += replacement
        rest = rest.dropFirst(length)
      } else {
        result += "&"
      }
    }
    return result + rest
  }

  /// The characters a reference starting just after `&` stands for, and how many characters it takes (its `;`
  /// included when written).
  private static func reference(at text: Substring) -> (String, Int)? {
    let name = text.prefix(32).prefix { $0.isLetter || $0.isNumber || $0 == "#" }
    guard !name.isEmpty else { return nil }
    let hasSemicolon = text.dropFirst(name.count).first == ";"
    let length = name.count + (hasSemicolon ? 1 : 0)
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let isHex = digits.first == "x" || digits.first == "X"
      guard let value = UInt32(isHex ? digits.dropFirst() : digits, radix: isHex ? 16 : 10),
        let scalar = Unicode.Scalar(value), value != 0
      else { return nil }
      return (String(Character(scalar)), length)
    }
    if let replacement = named[String(name)] ?? named[name.lowercased()] { return (replacement, length) }
    return nil
  }
}
