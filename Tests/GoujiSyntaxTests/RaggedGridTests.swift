import Testing

@testable import GoujiSyntax

/// The grid of a table written as `inscriptis` writes one (``RaggedGrid``): learned from the fields' starts and
/// widths, and refused when a field starts between two columns.
@Suite struct RaggedGridTests {
  private func spans(_ fields: [(Int, Int)]) -> [ColumnSpan] { fields.map { ColumnSpan(start: $0.0, end: $0.1) } }

  /// `004`'s table 三: two columns hold nothing on any line, so each is as wide as nothing and the next starts one
  /// gap (two spaces, the narrowest between two fields) after it; the values of both kinds of rows land on columns.
  @Test func emptyColumnsTakeOnlyTheGap() {
    let lines = [
      spans([(0, 4), (39, 43), (74, 80), (82, 88), (90, 92)]),  // 商业企业 科研机构 社会公益组织 法律服务机构 其他
      spans([(0, 16), (98, 99)]),  // 一、本年新收… with only its 总计
      spans([(0, 9), (39, 46), (101, 102)]),  // 三、本年度办理结果 （一）予以公开 with only its 总计
      spans([(0, 7), (39, 72), (101, 102)]),  // （六）其他处理 1.申请人无正当理由…（33 characters） with only its 总计
      spans([(0, 37)]),
    ]
    #expect(RaggedGrid.starts(of: lines) == [0, 39, 74, 82, 90, 94, 96, 98, 101])
  }

  /// A field one place off every column (a value right-aligned, or a line of another layout) leaves no grid.
  @Test func aFieldBetweenColumnsLeavesNoGrid() {
    let lines = [spans([(0, 4), (6, 10), (12, 16)]), spans([(0, 1), (7, 8)])]
    #expect(RaggedGrid.starts(of: lines) == nil)
    // Fields a single space apart are one field: no gap of two keeps no positions.
    #expect(RaggedGrid.starts(of: [spans([(0, 4), (5, 9)])]) == nil)
  }
}
