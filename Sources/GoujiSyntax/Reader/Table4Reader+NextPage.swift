import GoujiText

extension Table4Reader {
  /// The fifteen values when PDF text in reading order writes table 四's header over a page break and a few numbers
  /// that are not its values before the break (`未经复议直接起诉` / `—3—` / `0 55` / `行政诉讼` / `复议后起诉` / form
  /// feed / `0` / `0` / `结果 结果 …` / `0 15 15 7 … 29`, `inv-2022-breaks`: `0 55` is table 三's): the values of the
  /// next page, a run of whole numbers right after its page furniture, then runs after blocks of header words, in the
  /// order written. Kept only when nothing but header words (and page furniture) and at most ``strayValuesLimit``
  /// whole numbers stand between the header and the page break, the next page's runs hold exactly `expected`
  /// numbers, every group's 总计 holds (R4), and no other choice of `expected` of the stray numbers and those, order
  /// kept, both holds R4 and reads other values; otherwise `nil`.
  func valuesOfTheNextPage(header: TextRange, region: TextRange, expected: Int) -> [RawCell]? {
    guard let feed = context.text.firstOccurrence(of: [0x0C], in: TextRange(start: header.end, end: region.end)),
      let stray = strayValues(in: TextRange(start: header.end, end: feed))
    else { return nil }
    let first = wholeNumbers(from: feed, to: region.end)
    guard let end = first.last?.range.end, first.count <= expected,
      let rest = restInParts(after: end, region: region, count: expected - first.count),
      first.count + rest.count == expected
    else { return nil }
    let next = first + rest
    let numbers = next.map { CellValueParser.integer($0.text) }
    guard Self.balances(numbers),
      Self.everyBalancingChoice(of: stray.map { CellValueParser.integer($0.text) } + numbers, reads: numbers)
    else { return nil }
    return next
  }

  /// The whole numbers of `range` when every other word there is one of table 四's header words and they are at most
  /// ``strayValuesLimit``; otherwise `nil`.
  private func strayValues(in range: TextRange) -> [RawCell]? {
    var stray: [RawCell] = []
    for word in Words(in: range, text: context.text, excluded: context.excluded) {
      let cell = RawCell(text: CharacterFolding.normalizeAndTrim(context.text[word]), range: word)
      if ValueLineScanner.isCount(cell) {
        stray.append(cell)
      } else if !LabelContinuation.table4Header.allows(cell.text) {
        return nil
      }
    }
    return stray.count <= Self.strayValuesLimit ? stray : nil
  }

  /// The most numbers before a page break that the next page's values may leave aside.
  static let strayValuesLimit = 3

  /// Whether every choice of `values.count` of `all`, order kept, that balances (R4) reads `values`.
  private static func everyBalancingChoice(of all: [Int?], reads values: [Int?]) -> Bool {
    var dropped: [Int] = []
    func holds(from index: Int) -> Bool {
      guard dropped.count < all.count - values.count else {
        let chosen = all.indices.filter { !dropped.contains($0) }.map { all[$0] }
        return !balances(chosen) || chosen == values
      }
      for candidate in index..<all.count {
        dropped.append(candidate)
        defer { dropped.removeLast() }
        guard holds(from: candidate + 1) else { return false }
      }
      return true
    }
    return holds(from: 0)
  }
}
