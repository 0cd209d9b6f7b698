// The modality of a claim (SPEC §1): how the act is asserted in the text.

public enum Modality: UInt8, CaseIterable, Sendable {
    // Raw values are the storage codes (docs/storage.md); 0 means "no modality". Never renumber.
    case asserted = 1, background, future, intent, desire, request, agreed, inferred

    public var name: String {
        switch self {
        case .asserted: "asserted"
        case .background: "background"
        case .future: "future"
        case .intent: "intent"
        case .desire: "desire"
        case .request: "request"
        case .agreed: "agreed"
        case .inferred: "inferred"
        }
    }

    public init?(name: String) {
        guard let match = Modality.allCases.first(where: { $0.name == name }) else { return nil }
        self = match
    }
}
