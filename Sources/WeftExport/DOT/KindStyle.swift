// How each node kind looks in a picture: shape and fill colour, and the legend that explains them.
import WeftModel

/// A kind's shape and colours. Kinds the table does not know (the schema is data and may grow)
/// take a colour from a fallback palette by their position, so every kind is still told apart.
struct KindStyle: Equatable {
    let shape: String
    let fill: String
    let border: String

    /// Colours chosen to stay apart for the common colour-vision deficiencies and in greyscale.
    static func of(_ kind: KindInfo) -> KindStyle {
        let palette = ["#d9f0f5", "#f5e6d9", "#e9f5d9", "#f5d9ef"]
        return switch kind.name {
        case "Person": KindStyle(shape: "ellipse", fill: "#cfe2ff", border: "#1f4e99")
        case "Country": KindStyle(shape: "hexagon", fill: "#d3ecd9", border: "#1b6e3a")
        case "Organization": KindStyle(shape: "box", fill: "#fff0c2", border: "#8a6200")
        case "Group": KindStyle(shape: "octagon", fill: "#f8d7da", border: "#9b2335")
        case "Location": KindStyle(shape: "house", fill: "#e4dcf5", border: "#5b3f99")
        case "Topic": KindStyle(shape: "box", fill: "#eeeeee", border: "#555555")
        case "Article": KindStyle(shape: "note", fill: "#ffffff", border: "#333333")
        default: KindStyle(shape: "box", fill: palette[Int(kind.id.raw) % palette.count], border: "#333333")
        }
    }

    /// Topics are what acts are about, not actors: rounded corners set them apart from
    /// organisations, which share the box shape.
    static func style(_ kind: KindInfo) -> String {
        kind.name == "Topic" ? "\"rounded,filled\"" : "filled"
    }

    /// The attributes of a node of this kind, after its label.
    static func attributes(_ kind: KindInfo) -> String {
        let style = of(kind)
        return "shape=\(style.shape), style=\(KindStyle.style(kind)), fillcolor=\"\(style.fill)\", color=\"\(style.border)\""
    }
}
