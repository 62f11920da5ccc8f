import GoujiTestSupport
import GoujiText
import Testing

/// The test helpers themselves: markers give exact UTF-8 offsets whatever the text holds.
@Suite struct MarkedTextTests {
  @Test func markersAreRemovedAndGiveUTF8Offsets() {
    let marked = MarkedText("一、1️⃣总体情况⏹\r\n𠀀2️⃣3件")
    #expect(marked.text == "一、总体情况\r\n𠀀3件")
    #expect(marked.offset("1️⃣") == 6)
    #expect(marked.ends["1️⃣"] == 18)
    #expect(marked.offset("2️⃣") == 24)
    let text = SourceText(marked.text)
    #expect(text[TextRange(start: marked.offset("2️⃣"), end: marked.offset("2️⃣") + 1)] == "3")
    #expect(render(marked.offset("2️⃣"), in: text) == "2:2")
  }

  @Test func endMarkerClosesTheLastOpenMarker() {
    let marked = MarkedText("1️⃣甲2️⃣乙⏹丙⏹")
    #expect(marked.ends == ["2️⃣": 6, "1️⃣": 9])
  }

  @Test func markingInsertsBeforeTheNthOccurrence() {
    #expect("甲乙甲乙".marking("乙", with: "1️⃣", occurrence: 2) == "甲乙甲1️⃣乙")
    #expect("甲乙".replacingFirst("乙", with: "丙") == "甲丙")
  }
}
