/// The HTML elements the article extraction tells apart; every other element is `.other`.
///
/// A tag is looked up once per element while the tree is built, so the extraction switches on a
/// byte instead of hashing names.
public enum HTMLTag: UInt8, Sendable {
    /// The tree's root, above `<html>`.
    case document
    case text
    case other

    case html, head, body, title, meta, link, base
    case h1, h2, h3, h4, h5, h6
    case p, div, section, article, main, center, address, figcaption, details, summary
    case dl, dt, dd, table, tbody, thead, tfoot, tr, caption, fieldset, hgroup, figure, picture, td, th
    case ul, menu, ol, li, blockquote, pre, br, hr
    case strong, b, a, em, i, cite, dfn, `var`, code, kbd, samp, tt, img, time
    case del, s, strike
    case nav, header, footer, aside, form, button, input, select, textarea, label, dialog, video, audio
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas
    /// MathML's alternative forms of a formula (its TeX source): the formula's own text is kept.
    case annotation

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        var raw: UInt8 = HTMLTag.html.rawValue
        while let tag = HTMLTag(rawValue: raw) {
            table["\(tag)"] = tag
            raw += 1
        }
        return table
    }()

    /// The tag of an element name (lower case, as libxml2's HTML parser gives it).
    public init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// Elements whose content is never article text; dropped, content and all, while the tree is built.
    var isDropped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .iframe, .object, .embed, .canvas, .annotation: return true
        default: return false
        }
    }
}
