import GoujiFormats

/// Splits a run of concatenated digits (`1210000013`) into cells of given kinds, every way that respects what is
/// known of each column: counts have no leading zeros, only 本年增/减 has a sign, only amounts have decimals and units.
enum DigitSplitter {
  /// More splits than this are not enumerated (the row is then ambiguous whatever the rules say).
  static let limit = 5000

  static func splits(_ run: String, kinds: [ValueKind]) -> [[String]] {
    let characters = Array(run)
    var result: [[String]] = []
    var current: [String] = []
    func search(_ start: Int, _ column: Int) {
      if result.count >= limit { return }
      if column == kinds.count {
        if start == characters.count { result.append(current) }
        return
      }
      let remainingColumns = kinds.count - column - 1
      var end = start + 1
      while end <= characters.count - remainingColumns {
        let piece = String(characters[start..<end])
        if !isValid(piece, kind: kinds[column]) {
          if !canGrow(piece, kind: kinds[column]) { break }
        } else {
          current.append(piece)
          search(end, column + 1)
          current.removeLast()
        }
        end += 1
      }
    }
    search(0, 0)
    return result
  }

  static func isValid(_ piece: String, kind: ValueKind) -> Bool {
    switch kind {
    case .count:
      return isCount(Substring(piece))
    case .signedChange:
      let body = piece.first == "+" || piece.first == "-" ? piece.dropFirst() : Substring(piece)
      return isCount(body) && !(piece.first == "-" && body == "0")
    case .amount(let units):
      let unit = units.first { piece.hasSuffix($0) } ?? ""
      let number = piece.dropLast(unit.count)
      let parts = number.split(separator: ".", omittingEmptySubsequences: false)
      guard (1...2).contains(parts.count), isCount(parts[0]) else { return false }
      return parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isNumber))
    }
  }

  /// Whether a longer piece starting the same way could still be valid (so the search goes on).
  private static func canGrow(_ piece: String, kind: ValueKind) -> Bool {
    switch kind {
    case .count: return piece != "0" && piece.allSatisfy(\.isNumber) && piece.count < 12
    case .signedChange: return (piece == "+" || piece == "-" || canGrow(String(piece.drop { $0 == "+" || $0 == "-" }), kind: .count))
    case .amount: return piece.count < 16 && !piece.hasSuffix("元") && !(piece.hasPrefix("0") && piece.count > 1 && !piece.hasPrefix("0."))
    }
  }

  private static func isCount(_ text: Substring) -> Bool {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    return text == "0" || text.first != "0"
  }
}
