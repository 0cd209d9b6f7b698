// Why a graph file could not be opened or written, worded for a one-line message naming the file.

public struct GraphFileError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Reason: Equatable, Sendable {
        case missing
        case notSQLite
        case notWeft
        case newerFormat(Int64)
        case unknownKind(String)
        case unknownRelationType(String)
        case exists
        case sqlite(String)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing: "cannot open graph '\(path)': no such file"
        case .notSQLite: "cannot open graph '\(path)': not a weft graph (not an SQLite database)"
        case .notWeft: "cannot open graph '\(path)': an SQLite database, but not a weft graph"
        case .newerFormat(let version):
            "cannot open graph '\(path)': format version \(version) is newer than this weft reads (\(StorageFormat.version)); upgrade weft"
        case .unknownKind(let name): "cannot open graph '\(path)': it uses the kind `\(name)`, which this weft's schema lacks"
        case .unknownRelationType(let name):
            "cannot open graph '\(path)': it uses the relation type `\(name)`, which this weft's schema lacks"
        case .exists: "cannot create graph '\(path)': the file already exists"
        case .sqlite(let message): "graph '\(path)': \(message)"
        }
    }
}
