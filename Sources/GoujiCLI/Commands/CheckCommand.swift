import Dispatch
import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiServer
import GoujiSyntax
import GoujiText

/// `gouji check`: checks files (in parallel, on all cores), prints findings, optionally applies safe fixes.
enum CheckCommand {
  static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    do {
      guard let options = try CheckOptions.parse(arguments) else {
        io.out(Help.check)
        return 0
      }
      return try check(options, io: io)
    } catch let error as UsageError {
      io.err("gouji check: \(error.message)\n")
      return 2
    } catch let error as InputError {
      io.err("gouji: \(error.description)\n")
      return 2
    } catch {
      io.err("gouji check: \(error)\n")
      return 2
    }
  }

  private static func check(_ options: CheckOptions, io: CommandIO) throws -> Int32 {
    if options.fix && options.paths.contains("-") { throw UsageError("--fix cannot rewrite standard input") }
    let settings = try loadSettings(options)
    let (configuration, problems) = settings.ruleConfiguration()
    if let problem = problems.first { throw UsageError("configuration: \(problem)") }
    let language = options.language ?? settings.language.flatMap(Language.init(rawValue:)) ?? environmentLanguage(io)
    let previous = try options.previous.map { ReportReader.read(SourceText(try InputFile.read($0, io: io).decoded.text)) }
    let (paths, missing) = FileCollector.collect(options.paths)
    var failed = !missing.isEmpty
    for error in missing { io.err("gouji: \(error.description)\n") }
    let render = Renderer(options: options, language: language, io: io)
    let results = checkAll(paths, options: options, configuration: configuration, previous: previous, render: render, io: io)
    var files: [FileOutcome] = []
    for result in results {
      switch result {
      case .success(let file): files.append(file)
      case .failure(let error):
        failed = true
        io.err("gouji: \(error.description)\n")
      }
    }
    io.out(render.whole(files))
    if failed { return 2 }
    return files.contains(where: \.hasError) ? 1 : 0
  }

  /// Renders each file where it is checked, and the whole from the files' outputs.
  struct Renderer: Sendable {
    var format: CheckOptions.OutputFormat
    var language: Language
    var text: TextReport

    init(options: CheckOptions, language: Language, io: CommandIO) {
      format = options.format
      self.language = language
      let noColor = !(io.environment["NO_COLOR"] ?? "").isEmpty
      text = TextReport(language: language, color: options.color && !noColor && io.isTerminal)
    }

    func file(_ checked: CheckedFile) -> FileOutcome {
      let output: String =
        switch format {
        case .text: text.render(checked)
        case .json: JSONReport.fragment(checked, language: language)
        case .sarif: ""
        }
      return FileOutcome(
        output: output, severities: checked.diagnostics.map(\.severity), fixesApplied: checked.fixesApplied,
        checked: format == .sarif ? checked : nil
      )
    }

    func whole(_ files: [FileOutcome]) -> String {
      switch format {
      case .text: files.map(\.output).joined() + text.summary(files)
      case .json: JSONReport.assemble(files.map(\.output))
      case .sarif: SARIFReport.render(files.compactMap(\.checked), language: language)
      }
    }
  }

  /// Checks and renders every file on all cores; the results keep the order of `paths`.
  private static func checkAll(
    _ paths: [String], options: CheckOptions, configuration: RuleConfiguration, previous: Report?, render: Renderer,
    io: CommandIO
  ) -> [Result<FileOutcome, InputError>] {
    let results = ResultSlots<Result<FileOutcome, InputError>>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      results[index] = Result {
        render.file(try checkFile(paths[index], fix: options.fix, configuration: configuration, previous: previous, io: io))
      }.mapError { $0 as? InputError ?? InputError(path: paths[index], reason: "\($0)") }
    }
    return results.values
  }

  private static func checkFile(
    _ path: String, fix: Bool, configuration: RuleConfiguration, previous: Report?, io: CommandIO
  ) throws -> CheckedFile {
    let input = try InputFile.read(path, io: io)
    var text = SourceText(input.decoded.text)
    var applied = 0
    if fix {
      AtomicWriter.removeLeftovers(of: path)
      (text, applied) = Analyzer.applyingSafeFixes(text, configuration: configuration, previous: previous)
      if applied > 0 {
        let bytes = try TextDecoding.encode(text.string, as: input.decoded.encoding, byteOrderMark: input.decoded.hasByteOrderMark)
        try AtomicWriter.write(bytes, to: path)
      }
    }
    let analysis = Analyzer.analyze(text, configuration: configuration, previous: previous)
    return CheckedFile(path: input.displayPath, analysis: analysis, fixesApplied: applied)
  }

  /// The project configuration file (the same the language server reads), then the command line's options.
  private static func loadSettings(_ options: CheckOptions) throws -> ConfigurationSettings {
    var settings = ConfigurationSettings()
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    if let path = options.configPath ?? ProjectConfigurationFile.find(from: current) {
      let (read, problems) = ProjectConfigurationFile.read(path)
      if let problem = problems.first { throw InputError(path: path, reason: problem) }
      settings = read
    }
    if let select = options.select { settings.select = select }
    settings.ignore += options.ignore
    return settings
  }

  /// English when the environment's locale asks for it (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Chinese.
  static func environmentLanguage(_ io: CommandIO) -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { io.environment[$0] }.first { !$0.isEmpty }
    return Language(locale: locale)
  }
}

/// Result slots written concurrently by index.
final class ResultSlots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  var values: [Value] { lock.withLock { storage.map { $0! } } }
}
