// Counts in messages: "1 node", "2 nodes", never "1 nodes".
import Foundation

public enum Counted {
    /// `n` and `noun`, plural (a regular English +s) unless `n` is 1; `grouped` writes thousands
    /// separators ("205,009 nodes").
    public static func of(_ n: Int, _ noun: String, grouped: Bool = false) -> String {
        "\(grouped ? n.formatted() : String(n)) \(noun)\(n == 1 ? "" : "s")"
    }
}
