// Article files for extract and ingest: folders expanded, bad input (unreadable, empty, binary, not UTF-8) named.
import Foundation
import WeftExtract

/// Why an article file was skipped, with its path (SPEC §6: reported per file, the rest goes on).
public struct BadArticle: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason); skipped" }
}

public enum ArticleFiles {
    /// The files named, with folders replaced by their .txt files (recursively, sorted); paths that
    /// do not exist are returned as bad.
    public static func expand(_ paths: [String]) -> (files: [String], bad: [BadArticle]) {
        var files: [String] = []
        var bad: [BadArticle] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                bad.append(BadArticle(path: path, reason: "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".txt") }.sorted()
                files += found.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return (files, bad)
    }

    /// The bytes of `path` as an article, or why they are not one.
    public static func read(_ path: String) -> Result<(article: ArticleText, bytes: Data), BadArticle> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(BadArticle(path: path, reason: "cannot read (\(String(cString: strerror(errno))))"))
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(BadArticle(path: path, reason: "empty file"))
        }
        if data.contains(0) { return .failure(BadArticle(path: path, reason: "binary file (NUL bytes)")) }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(BadArticle(path: path, reason: "not valid UTF-8"))
        }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return .success((ArticleText(stem: stem, text: text), data))
    }

    /// The extractor over graphs/ (found from $WEFT_HOME or the executable's checkout).
    public static func extractor() throws(MissingLexicon) -> Extractor {
        guard let graphs = Extractor.graphsFolder() else {
            throw MissingLexicon(message: "cannot find the lexicon (graphs/lexicon); set WEFT_HOME to the weft checkout")
        }
        do { return try Extractor(graphs: graphs) } catch { throw MissingLexicon(message: error.description) }
    }
}

/// The lexicon or gazetteer cannot be found or read.
public struct MissingLexicon: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
