/// Chinese numerals as used in headings and article numbers (一 … 九十九).
package enum ChineseNumeral {
  private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// The value of a numeral such as `三`, `十`, `十二`, `二十`, `三十六`; `nil` for anything else.
  package static func value(_ text: some StringProtocol) -> Int? {
    let characters = Array(text)
    guard !characters.isEmpty, characters.count <= 3 else { return nil }
    if let tenIndex = characters.firstIndex(of: "十") {
      let tensPart = characters[..<tenIndex]
      let onesPart = characters[(tenIndex + 1)...]
      guard tensPart.count <= 1, onesPart.count <= 1 else { return nil }
      let tens = tensPart.isEmpty ? 1 : digitValue(tensPart.first!)
      let ones = onesPart.isEmpty ? 0 : digitValue(onesPart.first!)
      guard let tens, let ones, tens > 0, onesPart.isEmpty || ones > 0 else { return nil }
      return tens * 10 + ones
    }
    guard characters.count == 1, let value = digitValue(characters[0]), value > 0 else { return nil }
    return value
  }

  /// The numeral for 1…99.
  package static func string(_ value: Int) -> String {
    precondition(value > 0 && value < 100)
    let tens = value / 10
    let ones = value % 10
    var result = ""
    if tens > 1 { result.append(digits[tens]) }
    if tens > 0 { result.append("十") }
    if ones > 0 { result.append(digits[ones]) }
    return result
  }

  /// Whether `character` is one of the characters numerals are written with.
  package static func isNumeralCharacter(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
    return isNumeralScalar(scalar)
  }

  /// Whether `scalar` is one of 一二三四五六七八九十.
  package static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
    default: false
    }
  }

  private static func digitValue(_ character: Character) -> Int? {
    digits.firstIndex(of: character)
  }
}
