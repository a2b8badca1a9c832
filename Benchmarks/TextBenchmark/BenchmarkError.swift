/// Errors of the benchmark command line.
enum BenchmarkError: Error, CustomStringConvertible {
    case badLine(path: String, line: Int)
    case usage(String)

    var description: String {
        switch self {
        case .badLine(let path, let line): return "\(path):\(line): expected 6 tab-separated fields"
        case .usage(let message): return message
        }
    }
}
