import GoujiAnalysis
import GoujiTestSupport
import GoujiText
import Testing

@Suite struct OutlineTests {
  /// Every child inside its parent, every selection inside its item, every range on character boundaries.
  private func expectNested(_ items: [OutlineItem], in parent: TextRange, text: SourceText) {
    for item in items {
      #expect(text.isValid(item.range))
      #expect(item.range.start >= parent.start && item.range.end <= parent.end, "\(item.name) outside its parent")
      #expect(item.selectionRange.start >= item.range.start && item.selectionRange.end <= item.range.end)
      expectNested(item.children, in: item.range, text: text)
    }
    let sorted = items.map(\.range).sorted()
    for (first, second) in zip(sorted, sorted.dropFirst()) { #expect(first.end <= second.start, "siblings overlap") }
  }

  @Test(arguments: [ReportBuilder.Form.cellPerLine, .tabSeparated])
  func sectionsTablesSubtablesAndRows(form: ReportBuilder.Form) throws {
    let builder = ReportBuilder(form: form).with {
      $0.lineEnding = "\r\n"
      $0.prose[1] = astralLine
    }
    let analysis = analyze(builder.build())
    let outline = Features.outline(analysis)
    #expect(
      outline.map(\.name) == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
      ]
    )
    #expect(outline.map(\.kind) == Array(repeating: .section, count: 6))
    #expect(outline[0].children.isEmpty && outline[4].children.isEmpty)
    #expect(
      outline[1...3].map { $0.children.map(\.name) } == [
        ["表二 主动公开政府信息情况"], ["表三 收到和处理政府信息公开申请情况"], ["表四 政府信息公开行政复议、行政诉讼情况"],
      ])
    let table2 = try #require(outline[1].children.first)
    #expect(table2.children.map(\.name) == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"])
    #expect(table2.children.map(\.kind) == Array(repeating: .subtable, count: 4))
    #expect(table2.children[0].children.map(\.name) == ["规章", "行政规范性文件"])
    let table3 = try #require(outline[2].children.first)
    #expect(table3.kind == .table)
    #expect(table3.children.count == 25)
    #expect(table3.children.first?.name == "一、本年新收政府信息公开申请数量")
    #expect(table3.children.first?.detail == "总计 3")
    #expect(table3.children[6].name == "（三）不予公开 3.危及“三安全一稳定”")
    #expect(table3.children.allSatisfy { $0.kind == .row })
    let text = analysis.text
    #expect(outline[0].selectionRange == text.string.utf8Range(of: "一、总体情况"))
    #expect(text[table3.children[6].selectionRange] == "3.危及“三安全一稳定”")
    expectNested(outline, in: text.fullRange, text: text)
  }

  @Test(arguments: Fixtures.exampleNames)
  func examplesNest(name: String) {
    let analysis = analyzeExample(name)
    let outline = Features.outline(analysis)
    #expect(outline.count == 6)
    expectNested(outline, in: analysis.text.fullRange, text: analysis.text)
  }

  @Test func sectionNameKeepsTheWrittenTitleAndShowsTheCanonicalOne() {
    let outline = Features.outline(analyzeExample(example("003")))
    #expect(outline.first?.name == "一、政务信息公开总体情况")
    #expect(outline.first?.detail == "一、总体情况")
    #expect(outline[1].detail == nil)
  }

  @Test func sectionWithoutItsTableHasNoChildren() {
    let outline = Features.outline(analyze(ReportBuilder().with { $0.omittedTables = [.table3] }.build()))
    #expect(outline[2].children.isEmpty)
    #expect(outline[3].children.count == 1)
  }
}
