/// Chinese numerals, the one implementation for headings (`三、`), enumerations (`（五）`) and article numbers of
/// statutes (`第一百零五条`).
package enum ChineseNumeral {
  private static let digits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  private static let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// The value of a heading or enumeration numeral, `一` … `九十九` written with `一`…`九` and `十` only (`三`,
  /// `十`, `十二`, `二十`, `三十六`); `nil` for anything else.
  ///
  /// Read scalar by scalar, as ``value(of:)`` reads these numerals (a digit on either side of at most one `十`), without
  /// its look-ups of characters: the reader and GJ502 call it for every numeral that starts a line or a clause.
  package static func value(_ text: some StringProtocol) -> Int? {
    var total = 0
    var pending: Int?
    var sawTen = false
    var count = 0
    for scalar in text.unicodeScalars {
      count += 1
      guard count <= 3 else { return nil }
      if scalar == "十" {
        guard !sawTen else { return nil }
        total += (pending ?? 1) * 10
        pending = nil
        sawTen = true
      } else if let digit = headingDigit(scalar) {
        guard pending == nil else { return nil }
        pending = digit
      } else {
        return nil
      }
    }
    return count == 0 ? nil : total + (pending ?? 0)
  }

  /// The value of `一`…`九`.
  private static func headingDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The value of any numeral statutes and reports write (`三十六` → 36, `十` → 10, `一百零五` → 105, `两` → 2, `56` →
  /// 56), or `nil` when `text` is not a well-formed numeral. Accepts ASCII digits (up to six), or Chinese numerals up
  /// to 999; mixed forms (`3十`) are rejected.
  package static func value(of text: some StringProtocol) -> Int? {
    guard !text.isEmpty else { return nil }
    if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return text.count <= 6 ? Int(text) : nil }
    var total = 0
    var pending: Int?
    var lastUnit = 1000
    for character in text {
      if let digit = digits[character] {
        guard pending == nil || pending == 0 else { return nil }
        pending = digit
      } else if character == "十" || character == "百" {
        let unit = character == "十" ? 10 : 100
        guard unit < lastUnit, pending != 0 else { return nil }
        total += (pending ?? 1) * unit
        pending = nil
        lastUnit = unit
      } else {
        return nil
      }
    }
    return total + (pending ?? 0)
  }

  /// `number` in Chinese numerals as headings and statutes write them: 10 → `十`, 20 → `二十`, 56 → `五十六`, 105 →
  /// `一百零五`. Numbers outside 1…999 are written in ASCII digits.
  package static func string(_ number: Int) -> String {
    guard (1...999).contains(number) else { return String(number) }
    let hundreds = number / 100
    let tens = number / 10 % 10
    let ones = number % 10
    var result = ""
    if hundreds > 0 { result.append(names[hundreds]); result.append("百") }
    if tens > 0 {
      if hundreds > 0 || tens > 1 { result.append(names[tens]) }
      result.append("十")
    } else if hundreds > 0 && ones > 0 {
      result.append("零")
    }
    if ones > 0 { result.append(names[ones]) }
    return result
  }

  /// Whether `character` is one of the characters heading numerals are written with, `一`…`九` and `十`.
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

  /// Whether `character` can be part of any numeral ``value(of:)`` reads: a Chinese digit (`〇`, `零`, `两` too),
  /// `十`, `百`, or an ASCII digit.
  package static func isAnyNumeralCharacter(_ character: Character) -> Bool {
    digits[character] != nil || character == "十" || character == "百" || character.isASCII && character.isNumber
  }
}
