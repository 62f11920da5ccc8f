import GoujiText

/// The name of a reporting body as the cross-year grouping compares it (``ReportChains``).
///
/// A wrong link is worse than none, so two names are the same body only when they are equal after these changes,
/// none of which can turn one body's name into another's:
/// - characters folded (NFKC adjusted for simplified Chinese: full-width letters, digits and brackets as half-width);
/// - white space of every kind removed;
/// - a year (`2022年`, `2022年度`) removed, in case a title's reading left it in the name;
/// - `人民政府` read as `政府` only right after the suffix of an administrative division (省、市、县、区、州、盟、旗、
///   乡、镇): `某县政府办公室` is `某县人民政府办公室`, which is what everyone means by it.
/// Abbreviations that could name another body (`科技局` for `科学技术局`, a name without its city) are never expanded.
package enum AgencyName {
  /// The characters after which `人民政府` and `政府` name the same government.
  static let divisionSuffixes: Set<Character> = ["省", "市", "县", "区", "州", "盟", "旗", "乡", "镇"]

  /// The compared form of `name`; `nil` when fewer than two characters are left.
  package static func key(_ name: String) -> String? {
    let folded = NormalizedText.foldedString(name, mode: .display)
    var kept = String(folded.unicodeScalars.filter { !$0.properties.isWhitespace })
    kept = removingYears(kept)
    kept = abbreviatingGovernments(kept)
    return kept.count >= 2 ? kept : nil
  }

  /// `name` without four-digit years followed by `年` or `年度`: what `name.replacing(/[0-9]{4}年度?/, with: "")`
  /// removes (leftmost first, character by character), without making a regular expression for every name (most of
  /// the title pass of a batch).
  package static func removingYears(_ name: String) -> String {
    let characters = Array(name)
    var result = ""
    var index = 0
    while index < characters.count {
      if index + 4 < characters.count, characters[index..<(index + 4)].allSatisfy(isASCIIDigit),
        characters[index + 4] == "年"
      {
        index += index + 5 < characters.count && characters[index + 5] == "度" ? 6 : 5
        continue
      }
      result.append(characters[index])
      index += 1
    }
    return result
  }

  private static func isASCIIDigit(_ character: Character) -> Bool {
    character.unicodeScalars.count == 1 && ("0"..."9").contains(character.unicodeScalars.first!)
  }

  /// `人民政府` as `政府` after a division suffix.
  private static func abbreviatingGovernments(_ name: String) -> String {
    var result = ""
    var rest = Substring(name)
    while let found = rest.firstRange(of: "人民政府") {
      result += rest[..<found.lowerBound]
      let safe = result.last.map(divisionSuffixes.contains) ?? false
      result += safe ? "政府" : "人民政府"
      rest = rest[found.upperBound...]
    }
    return result + rest
  }
}
