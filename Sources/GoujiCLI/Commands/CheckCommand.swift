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
    let results = checkAll(paths, options: options, configuration: configuration, previous: previous, io: io)
    var files: [CheckedFile] = []
    for result in results {
      switch result {
      case .success(let file): files.append(file)
      case .failure(let error):
        failed = true
        io.err("gouji: \(error.description)\n")
      }
    }
    io.out(render(files, options: options, language: language, io: io))
    if failed { return 2 }
    return files.contains { $0.diagnostics.contains { $0.severity == .error } } ? 1 : 0
  }

  private static func render(_ files: [CheckedFile], options: CheckOptions, language: Language, io: CommandIO) -> String {
    switch options.format {
    case .json: return JSONReport.render(files, language: language)
    case .sarif: return SARIFReport.render(files, language: language)
    case .text:
      let noColor = !(io.environment["NO_COLOR"] ?? "").isEmpty
      let report = TextReport(language: language, color: options.color && !noColor && io.isTerminal)
      return files.map(report.render).joined() + report.summary(files)
    }
  }

  /// Checks every file on all cores; the results keep the order of `paths`.
  private static func checkAll(
    _ paths: [String], options: CheckOptions, configuration: RuleConfiguration, previous: Report?, io: CommandIO
  ) -> [Result<CheckedFile, InputError>] {
    let results = ResultSlots<Result<CheckedFile, InputError>>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      results[index] = Result {
        try checkFile(paths[index], fix: options.fix, configuration: configuration, previous: previous, io: io)
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
