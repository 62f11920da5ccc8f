/// Chinese numerals as statutes and reports write them: `一`…`九`, `十`, `二十`, `三十六`, `一百零五`.
package enum ChineseNumeral {
  private static let digits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  private static let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// Whether `character` can be part of a numeral: a Chinese digit, `十`, `百`, or an ASCII digit.
  package static func isNumeralCharacter(_ character: Character) -> Bool {
    digits[character] != nil || character == "十" || character == "百" || character.isASCII && character.isNumber
  }

  /// The value of `text` (`三十六` → 36, `十` → 10, `56` → 56), or `nil` when it is not a well-formed numeral.
  ///
  /// Accepts ASCII digits, or Chinese numerals up to 999. Mixed forms (`3十`) are rejected.
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

  /// `number` in Chinese numerals as statutes write article numbers: 10 → `十`, 20 → `二十`, 56 → `五十六`, 105 →
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
}
