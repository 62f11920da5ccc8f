import GoujiFormats
import GoujiText

extension Table4Reader {
  /// The fifteen values when PDF text in reading order splits them around a repetition of the header's words
  /// (`0` `10` `0` / `结果维 结果纠 …` / `12 22 10 6 6 7 29 0 0 0 4 4`): `raw`, then exactly the missing values
  /// after the next block of header words, in the order written. Kept only when nothing but header words stands
  /// between the two parts (``LabelContinuation/table4Header``), every value is a whole number and every group's
  /// 总计 holds (R4); otherwise `nil`.
  func resumedValues(after raw: [RawCell], region: TextRange, expected: Int) -> [RawCell]? {
    guard let last = raw.last, raw.count < expected,
      let start = context.extractor.valuesStart(
        in: TextRange(start: last.range.end, end: region.end), skipping: .table4Header
      )
    else { return nil }
    let segment = TextRange(start: start, end: region.end)
    let rest = context.extractor.values(in: segment, expected: expected - raw.count, skipLeadingBlankLines: true)
    guard case .cells(let more) = rest.content, more.count == expected - raw.count else { return nil }
    guard Self.balances((raw + more).map { CellValueParser.integer($0.text) }) else { return nil }
    return raw + more
  }
}
