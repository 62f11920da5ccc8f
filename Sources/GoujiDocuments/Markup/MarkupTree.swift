/// An element of a markup tree, with its children in order.
final class MarkupElement {
  let name: String
  let attributes: [String: String]
  private(set) var children: [MarkupNode] = []

  init(name: String, attributes: [String: String] = [:]) {
    self.name = name
    self.attributes = attributes
  }

  func append(_ node: MarkupNode) { children.append(node) }

  /// The child elements named `name`.
  func elements(named name: String) -> [MarkupElement] {
    children.compactMap { if case .element(let element) = $0, element.name == name { element } else { nil } }
  }

  /// The first child element named `name`.
  func element(named name: String) -> MarkupElement? { elements(named: name).first }

  /// The first element named `name` in document order below this one (depth first).
  func descendant(named name: String) -> MarkupElement? {
    for case .element(let child) in children {
      if child.name == name { return child }
      if let found = child.descendant(named: name) { return found }
    }
    return nil
  }
}

/// A node of a markup tree: an element or text.
enum MarkupNode {
  case element(MarkupElement)
  case text(String)
}

/// Builds a tree from tokens. An end tag closes the nearest open element of its name (and everything opened inside
/// it); an end tag with no open element of its name is ignored. For HTML, ``HTMLTreeRules`` add the implied ends
/// and void elements published pages rely on.
enum MarkupTree {
  /// Elements nested deeper than this become empty leaves (their contents go to the deepest open element), so
  /// walking the tree recursively cannot exhaust the stack.
  static let maximumDepth = 256

  static func build(_ tokens: [MarkupToken], dialect: MarkupDialect) -> MarkupElement {
    let root = MarkupElement(name: "#document")
    var stack = [root]
    for token in tokens {
      switch token {
      case .text(let text): stack[stack.count - 1].append(.text(text))
      case .start(let name, let attributes, let selfClosing):
        if dialect == .html { HTMLTreeRules.closeImplied(before: name, stack: &stack) }
        let element = MarkupElement(name: name, attributes: attributes)
        stack[stack.count - 1].append(.element(element))
        if !selfClosing, !(dialect == .html && HTMLTreeRules.isVoid(name)), stack.count < maximumDepth {
          stack.append(element)
        }
      case .end(let name):
        let boundary = dialect == .html ? HTMLTreeRules.boundary(forEnd: name) : []
        if let index = stack.lastIndex(where: { $0.name == name || boundary.contains($0.name) }), index > 0,
          stack[index].name == name
        {
          stack.removeSubrange(index...)
        }
      }
    }
    return root
  }
}

/// The parts of HTML's tree construction that report pages need: void elements, and the ends that opening a cell,
/// row, paragraph or list item implies.
enum HTMLTreeRules {
  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  ]
  private static let closesParagraph: Set<String> = [
    "p", "div", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
    "article",
    "header", "footer", "center", "hr", "dl", "form",
  ]

  static func isVoid(_ name: String) -> Bool { voidElements.contains(name) }

  /// The elements an end tag of `name` may not close past (an unmatched `</div>` does not close an open table).
  static func boundary(forEnd name: String) -> Set<String> {
    switch name {
    case "table": []
    case "tr", "td", "th", "tbody", "thead", "tfoot": ["table"]
    default: ["table", "td", "th"]
    }
  }

  /// Closes what opening `name` implies is finished: an open paragraph before a block, an open cell before a cell,
  /// an open row before a row, an open item before an item.
  static func closeImplied(before name: String, stack: inout [MarkupElement]) {
    switch name {
    case "td", "th": close(["td", "th"], within: ["tr", "table"], stack: &stack)
    case "tr":
      close(["tr"], within: ["table"], stack: &stack)
      close(["td", "th"], within: ["table"], stack: &stack)
    case "li": close(["li"], within: ["ul", "ol", "table", "td", "th"], stack: &stack)
    default: break
    }
    if closesParagraph.contains(name) { close(["p"], within: ["table", "td", "th", "div", "li"], stack: &stack) }
  }

  /// Pops to the nearest open element named in `names`, unless an element named in `boundary` is nearer.
  private static func close(_ names: Set<String>, within boundary: Set<String>, stack: inout [MarkupElement]) {
    guard let index = stack.lastIndex(where: { names.contains($0.name) || boundary.contains($0.name) }), index > 0,
      names.contains(stack[index].name)
    else { return }
    stack.removeSubrange(index...)
  }
}
