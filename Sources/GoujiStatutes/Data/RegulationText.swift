/// The text of 《中华人民共和国政府信息公开条例》, one chapter per file (`RegulationChapterN.swift`).
enum RegulationText {
  static let chapters = [chapter1, chapter2, chapter3, chapter4, chapter5, chapter6]

  static let statute = Statute(
    id: .regulation,
    title: "中华人民共和国政府信息公开条例",
    shortNames: [
      "《中华人民共和国政府信息公开条例》", "中华人民共和国政府信息公开条例",
      "《政府信息公开条例》", "政府信息公开条例", "《条例》", "条例", "本条例",
    ],
    abbreviation: "《条例》",
    documentNumber: "国务院令第711号",
    note: "2007年4月5日中华人民共和国国务院令第492号公布，2019年4月3日中华人民共和国国务院令第711号修订，"
      + "2019年5月15日起施行。",
    selfReference: "本条例",
    isComplete: true,
    chapters: chapters,
    articles: chapters.flatMap(\.articles)
  )
}
