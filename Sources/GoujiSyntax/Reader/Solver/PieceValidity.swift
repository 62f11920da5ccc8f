import GoujiFormats

/// What a value cut from a glued run may look like in a column of a given kind: counts have no leading zeros and a
/// realistic width, only 本年增/减 has a sign, only amounts have decimals and units. A count cut from a run written
/// with thousands separators (`5,0493,044`) is well formed: its commas separate groups of exactly three digits after
/// a first group of one to three (`5,049`), so a run is cut only between a comma's third digit and the next.
enum PieceValidity {
  /// The widest count cut from a run (a count of ten million or more is not a realistic table value, and allowing
  /// it only multiplies the splits).
  static let countWidth = 7

  /// The most characters a piece of `kind` may have when it is cut from a longer run.
  static func maximumWidth(_ kind: ValueKind) -> Int {
    switch kind {
    case .count: countWidth
    case .signedChange: countWidth + 1
    case .amount: 16
    }
  }

  /// Whether `scalars` is a valid value of `kind`.
  static func isValid(_ scalars: ArraySlice<Unicode.Scalar>, kind: ValueKind) -> Bool {
    switch kind {
    case .count:
      return isCount(scalars) || isGroupedCount(scalars)
    case .signedChange:
      guard let first = scalars.first else { return false }
      let signed = first == "+" || first == "-"
      let body = signed ? scalars.dropFirst() : scalars
      return isCount(body) && !(first == "-" && body.count == 1 && body.first == "0")
    case .amount(let units):
      var number = scalars
      if let unit = units.sorted(by: { $0.count > $1.count }).first(where: { hasSuffix(scalars, $0) }) {
        number = number.dropLast(unit.unicodeScalars.count)
      }
      guard let point = number.firstIndex(of: ".") else { return isCount(number) }
      let fraction = number[(point + 1)...]
      return isCount(number[..<point]) && !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }
  }

  /// Whether a longer piece starting with `scalars` could still be valid (so the search goes on).
  static func canGrow(_ scalars: ArraySlice<Unicode.Scalar>, kind: ValueKind) -> Bool {
    switch kind {
    case .count:
      return scalars.first != "0" && (scalars.allSatisfy(isDigit) || isGroupedPrefix(scalars))
    case .signedChange:
      let body = scalars.first == "+" || scalars.first == "-" ? scalars.dropFirst() : scalars
      return body.isEmpty || canGrow(body, kind: .count)
    case .amount:
      return scalars.last != "元" && !(scalars.first == "0" && scalars.count > 1 && scalars.dropFirst().first != ".")
    }
  }

  /// Whether a token can be cut into several values at all (digits, signs, decimals and units only).
  static func isSplittable(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
    var hasDigit = false
    for scalar in scalars {
      if isDigit(scalar) {
        hasDigit = true
      } else if !splitMarks.contains(scalar) {
        return false
      }
    }
    return hasDigit
  }

  private static let splitMarks = Set("+-.,元万".unicodeScalars)

  /// The whole number `scalars` spell (an optional sign and at most 15 digits, thousands separators of a well-formed
  /// count skipped); `nil` otherwise.
  static func integer(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    var digits = isGroupedCount(scalars) ? ArraySlice(scalars.filter { $0 != "," }) : scalars
    let negative = digits.first == "-"
    if digits.first == "+" || negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 15 else { return nil }
    var value = 0
    for scalar in digits {
      guard isDigit(scalar) else { return nil }
      value = value * 10 + Int(scalar.value - 48)
    }
    return negative ? -value : value
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func isCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = scalars.first, scalars.allSatisfy(isDigit) else { return false }
    return first != "0" || scalars.count == 1
  }

  /// A count with thousands separators: one to three digits (no leading 0), then groups of three after commas.
  private static func isGroupedCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    let groups = scalars.split(separator: ",", omittingEmptySubsequences: false)
    return groups.count > 1 && isGroupedPrefix(scalars) && groups.last?.count == 3
  }

  /// The beginning of a count with thousands separators: a first group of one to three digits (no leading 0), then
  /// groups after commas, each of three digits but the last, which may be shorter (the piece may still grow).
  private static func isGroupedPrefix(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    let groups = scalars.split(separator: ",", omittingEmptySubsequences: false)
    guard let first = groups.first, (1...3).contains(first.count), first.first != "0",
      groups.allSatisfy({ $0.allSatisfy(isDigit) })
    else { return false }
    return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 } && (groups.last?.count ?? 0) <= 3
  }

  private static func hasSuffix(_ scalars: ArraySlice<Unicode.Scalar>, _ unit: String) -> Bool {
    let unitScalars = Array(unit.unicodeScalars)
    return scalars.count > unitScalars.count && Array(scalars.suffix(unitScalars.count)) == unitScalars
  }
}
