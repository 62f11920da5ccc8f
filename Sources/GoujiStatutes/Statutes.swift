/// The statutes this module carries, embedded as data (no file is read at build or run time).
package enum Statutes {
  /// 《中华人民共和国政府信息公开条例》 (2019 revision), all 56 articles.
  package static let regulation = RegulationText.statute
  /// 《政府信息公开信息处理费管理办法》, articles 1–4.
  package static let informationProcessingFees = FeeMeasuresText.statute
  /// 《最高人民法院关于审理政府信息公开行政案件若干问题的规定》, article 2.
  package static let courtProvisions2011 = CourtProvisionsText.statute

  /// Every statute, the regulation first.
  package static let all: [Statute] = [regulation, informationProcessingFees, courtProvisions2011]

  /// The statute with identifier `id`.
  package static func statute(_ id: StatuteID) -> Statute {
    switch id {
    case .regulation: regulation
    case .informationProcessingFees: informationProcessingFees
    case .courtProvisions2011: courtProvisions2011
    }
  }

  /// The statute that `name` names, as one of its ``Statute/shortNames`` (book-title marks, white space and
  /// compatibility characters don't matter: `《条例》`, `条例` and `《 条例 》` all name the regulation).
  package static func statute(named name: String) -> Statute? {
    let key = StatuteNames.key(name)
    return StatuteNames.byKey[key].map(statute)
  }
}
