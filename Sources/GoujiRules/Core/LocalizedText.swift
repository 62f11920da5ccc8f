/// The language of messages: Chinese by default, English when asked for.
package enum Language: String, Sendable, Hashable, CaseIterable {
  case zh
  case en

  /// The language a locale or `LANG`-style value asks for (`en`, `en-US`, `en_GB.UTF-8` → English).
  package init(locale: String?) {
    self = locale.map { $0.lowercased().hasPrefix("en") } == true ? .en : .zh
  }
}

/// A text in both languages.
package struct LocalizedText: Sendable, Hashable {
  package var zh: String
  package var en: String

  package init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  package func text(_ language: Language) -> String {
    switch language {
    case .zh: zh
    case .en: en
    }
  }
}
