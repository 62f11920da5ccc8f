import GoujiText

/// Which lines of prose have the same characters (GJ504), kept between runs: each key gets a class, a number, once,
/// and a line's class is looked up when its block is read. After an edit, the lines of the blocks kept keep their
/// classes as they are and only the lines read again are looked up (their characters compared), so the combination
/// finds each class's first line by walking the lines in order, with no key hashed or compared again.
package struct LineClasses: Sendable {
  /// For each block, for each line of its partial result: its key's class, -1 for a line without a key.
  var classes: [[Int32]]
  /// For each block, its lines read together when every one is compared and their classes repeat (``WholeRun``):
  /// `nil` for a block read line by line.
  var wholeRuns: [WholeRun?]
  /// The class of every key seen (classes of keys no line has any more stay until the table is made afresh).
  var keys: KeyClasses

  /// The classes of the lines of `partials`, looked up afresh, with room for as many classes as lines with a key
  /// (room for every line held 26 bytes a line of a text of `一、x` lines, none of which has a key).
  init(_ partials: [ProseLines]) {
    let keyed = partials.reduce(0) { total, lines in total + lines.lines.reduce(0) { $0 + ($1.key == nil ? 0 : 1) } }
    var keys = KeyClasses(capacity: keyed)
    classes = partials.map { keys.classes(of: $0.lines) }
    wholeRuns = zip(partials, classes).map { WholeRun($0.lines, classes: $1) }
    self.keys = keys.sealed()
  }

  /// The classes after an edit: those of the blocks kept, and the lines of the blocks read again looked up among the
  /// keys seen before. `nil` (start afresh) when `previous` does not fit, when the keys no line has any more (one
  /// more for most typed characters) outnumber the lines, or when more than ``addedLimit`` keys were added since the
  /// lines were looked up afresh (each run copies those).
  init?(_ partials: [ProseLines], after previous: PreviousCombination<RepeatedParagraph>) {
    let old = previous.kept
    guard old.classes.count == previous.partials.count, previous.blocks.count == partials.count,
      old.keys.count <= 2 * partials.reduce(0, { $0 + $1.lines.count }) + 1024,
      old.keys.addedCount <= Self.addedLimit
    else { return nil }
    var keys = old.keys
    var classes: [[Int32]] = []
    var wholeRuns: [WholeRun?] = []
    classes.reserveCapacity(partials.count)
    wholeRuns.reserveCapacity(partials.count)
    for (block, lines) in partials.enumerated() {
      if let was = previous.blocks[block], was < old.classes.count, old.classes[was].count == lines.lines.count {
        classes.append(old.classes[was])
        wholeRuns.append(old.wholeRuns[was])
      } else {
        let lineClasses = keys.classes(of: lines.lines)
        classes.append(lineClasses)
        wholeRuns.append(WholeRun(lines.lines, classes: lineClasses))
      }
    }
    self.classes = classes
    self.wholeRuns = wholeRuns
    self.keys = keys
  }

  /// The most keys added after an afresh look-up that the next run copies rather than looking every line up again.
  static let addedLimit = 256
}

/// A block's lines as the walk of GJ504 reads them together: when the class of every line was met before the block,
/// each line repeats an earlier one and the block goes on with the run of repeated lines (or starts one) from its
/// first line to its last, the earlier text reaching the furthest end of its classes' first lines. Made only for a
/// block whose every line is compared (no reset, short line or piece of a cut line: those end a run or are read
/// whole elsewhere) and whose lines have fewer classes than lines (a long report's repeated paragraphs), so the walk
/// reads a class or two for the block, not each of its lines.
struct WholeRun: Sendable {
  /// The classes of the block's lines, each once, the first line's first.
  let classes: [Int32]
  /// The characters of the block's lines together.
  let characters: Int

  /// The whole run of `lines` of classes `classes`, `nil` when a line is not compared or no class repeats in them.
  init?(_ lines: [ProseLine], classes lineClasses: [Int32]) {
    guard !lineClasses.isEmpty, !lineClasses.contains(where: { $0 < 0 }) else { return nil }
    var classes: [Int32] = []
    var seen = Set<Int32>()
    for lineClass in lineClasses where seen.insert(lineClass).inserted { classes.append(lineClass) }
    guard classes.count < lineClasses.count else { return nil }
    self.classes = classes
    characters = lines.reduce(0) { $0 + ($1.key?.scalars.count ?? 0) }
  }

  /// The earlier text the lines repeat, given the first line of each class met before the block: from the first
  /// line's class's first line to the furthest end of its classes' first lines; `nil` when a class was not met.
  func earlier(_ firstLines: [TextRange?]) -> TextRange? {
    guard let first = firstLines[Int(classes[0])] else { return nil }
    var end = first.end
    for lineClass in classes.dropFirst() {
      guard let copy = firstLines[Int(lineClass)] else { return nil }
      end = Swift.max(end, copy.end)
    }
    return TextRange(start: first.start, end: end)
  }
}

/// The class of each key: those of the keys seen when the lines were looked up afresh, in a table never changed
/// afterwards, then those of the keys seen since, numbered after them. The runs after edits share the first table
/// and copy only the second (a typed character adds a key or two): changing one table copied its slots, some
/// 16,000 of them for a 1 MB report's 4,800 lines of prose, on every edit.
struct KeyClasses: Sendable {
  /// The classes of the keys seen when the lines were looked up afresh.
  private let base: KeyTable
  /// The classes of the keys seen since, each `base.count` more than its index here.
  private var added: KeyTable

  /// How many classes there are.
  var count: Int { base.count + added.count }
  /// How many classes were added after the lines were looked up afresh.
  var addedCount: Int { added.count }

  /// No classes, with room for `capacity` before the table of added classes grows.
  init(capacity: Int) {
    base = KeyTable(capacity: 0)
    added = KeyTable(capacity: capacity)
  }

  /// The classes of `base`, and none added.
  private init(base: KeyTable) {
    self.base = base
    added = KeyTable(capacity: 0)
  }

  /// The same classes, every one in the table the runs after the next edits share: an afresh look-up, which has no
  /// base, made its base.
  func sealed() -> KeyClasses {
    precondition(base.count == 0, "only the classes of an afresh look-up are sealed")
    return KeyClasses(base: added)
  }

  /// The class of each line of `lines`, -1 for a line without a key and for a piece of a line cut by its block
  /// (the line has its class as a ``JoinedLine``).
  mutating func classes(of lines: [ProseLine]) -> [Int32] {
    lines.map { line in line.cut.isEmpty ? line.key.map { Int32(self.class(of: $0)) } ?? -1 : -1 }
  }

  /// The class of `key`: the base's, else one added, a new one when no key with its characters was seen.
  mutating func `class`(of key: LineKey) -> Int {
    base.index(of: key) ?? base.count + added.class(of: key)
  }
}

/// The classes of keys, found through an open-addressed table indexed by the keys' hashes (made once, when the
/// lines were read), without hashing or copying a line's characters again.
struct KeyTable: Sendable {
  /// Each slot holds a class plus one, or 0 when free; a key's probe starts at its hash's low bits and goes on to the
  /// next slot. At least twice as many slots as classes: it grows when needed.
  private var slots: [Int32]
  /// The key of each class.
  private var keys: [LineKey] = []

  /// How many classes there are.
  var count: Int { keys.count }

  /// Room for `capacity` classes before it grows.
  init(capacity: Int) {
    slots = Array(repeating: 0, count: Self.size(for: capacity))
    keys.reserveCapacity(capacity)
  }

  private static func size(for count: Int) -> Int {
    var size = 16
    while size < 2 * count { size *= 2 }
    return size
  }

  /// The class of `key`, `nil` when no key with its characters was seen.
  func index(of key: LineKey) -> Int? {
    probe(key).found
  }

  /// The class of `key`: a new one when no key with its characters was seen.
  mutating func `class`(of key: LineKey) -> Int {
    let (found, slot) = probe(key)
    if let found { return found }
    keys.append(key)
    if 2 * keys.count > slots.count { rehash() } else { slots[slot] = Int32(keys.count) }
    return keys.count - 1
  }

  /// The class of `key` if it has one, else the free slot where its probe ended.
  private func probe(_ key: LineKey) -> (found: Int?, slot: Int) {
    var slot = key.hash & (slots.count - 1)
    while slots[slot] != 0 {
      let found = Int(slots[slot]) - 1
      if keys[found].isSame(as: key) { return (found, slot) }
      slot = (slot + 1) & (slots.count - 1)
    }
    return (nil, slot)
  }

  /// The slots made again, twice as many, for the classes there are.
  private mutating func rehash() {
    slots = Array(repeating: 0, count: Self.size(for: keys.count))
    let mask = slots.count - 1
    for (index, key) in keys.enumerated() {
      var slot = key.hash & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }
}
