/// A bound on the work of splitting the glued rows of one table. When it runs out the rows not yet decided stay
/// unreadable: the solver gives up rather than guess.
struct WorkBudget {
  /// Steps allowed for one table (a step is one piece tried or one row assignment checked).
  static let perTable = 150_000

  private(set) var remaining: Int

  init(_ steps: Int = WorkBudget.perTable) { remaining = steps }

  var isExhausted: Bool { remaining <= 0 }

  /// Spends `steps` steps; `false` once the budget is gone.
  @discardableResult
  mutating func spend(_ steps: Int = 1) -> Bool {
    remaining -= steps
    return remaining >= 0
  }
}
