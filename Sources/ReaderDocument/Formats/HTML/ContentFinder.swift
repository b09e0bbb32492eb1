import ReaderEntities

/// Finds the article's content in a page by scoring blocks, the way Readability does: every
/// paragraph of 25 characters or more scores 1, plus one per comma and one per 100 characters (up
/// to 3), and gives that score to its parent, half to its grandparent and a third of a level's
/// share further up (five levels). Blocks start from their element's weight (a `<div>` +5, a list
/// −3, a heading −5) and ±25 for content or furniture words in their class and id; the final
/// score is scaled down by link density. The best block, lifted to a parent that several close
/// runners-up share, is joined by siblings that score near it or read as paragraphs.
struct ContentFinder {
    var content: ContentTree
    let flags: ContentFlags
    /// The article's title: the first heading that repeats it is not content.
    let title: String
    /// Look for a byline element (the metadata had none).
    var lookForByline: Bool
    private(set) var byline: String?
    /// The element the byline came from, left out of the content.
    var bylineNode: Int?

    /// `<div>`s that held only one paragraph, read as that paragraph.
    private(set) var transparent: Set<Int> = []
    /// `<div>`s with no blocks inside, read as paragraphs.
    private(set) var paragraphLike: Set<Int> = []
    /// The inline runs of `<div>`s that hold blocks too.
    private(set) var runs: [Int: [[Int]]] = [:]
    private var runOf: [Int: Int] = [:]
    private(set) var scores: [Int: Double] = [:]
    /// Siblings of the best block that join it as `<div>`s (they are cleaned as such).
    private(set) var joinedAsDivs: Set<Int> = []

    init(_ tree: ContentTree, flags: ContentFlags, title: String, lookForByline: Bool) {
        content = tree
        self.flags = flags
        self.title = title
        self.lookForByline = lookForByline
    }

    var body: Int { content.tree.first(.body) ?? HTMLTree.root }

    /// The pieces of the article, in page order.
    mutating func find() -> [ContentPiece] {
        let toScore = prepare()
        let candidates = score(toScore)
        return choose(from: candidates)
    }

    // MARK: - Preparing

    enum Scored {
        case node(Int)
        /// Inline content inside a `<div>`: the div is its first ancestor.
        case run(parent: Int, nodes: [Int])
    }

    /// Removes what is hidden, unlikely or empty, finds the byline, and lists what is scored.
    private mutating func prepare() -> [Scored] {
        var toScore: [Scored] = []
        var removeTitleHeading = !title.isEmpty
        let start = body
        var position = start
        let end = content.subtreeEnd(start)
        while position < end {
            let tag = content.tag(position)
            if tag == .text || content.removed[position] {
                position = tag == .text ? position + 1 : content.subtreeEnd(position)
                continue
            }
            let match = content.classFlags[position]
            if position == bylineNode {
                removeSubtree(&position)
                continue
            }
            if !isProbablyVisible(position) || isModalDialog(position) {
                removeSubtree(&position)
                continue
            }
            if lookForByline, byline == nil, isBylineElement(position, match: match) {
                let text = content.tree.textContent(position).trimmingWhitespace()
                if !text.isEmpty, text.count < 100 {
                    // A schema.org Person's name says it better than the whole "By … on …" line.
                    let name = content.tree.first(below: position) { node in
                        node != position && content.tree.attribute("itemprop", of: node)?.contains("name") == true
                    }
                    byline = name.map { content.tree.textContent($0).trimmingWhitespace() } ?? text
                    bylineNode = position
                    removeSubtree(&position)
                    continue
                }
            }
            if removeTitleHeading, tag == .h1 || tag == .h2,
               TextSimilarity.similarity(title, content.text(of: position)) > 0.75 {
                removeTitleHeading = false
                removeSubtree(&position)
                continue
            }
            if position != start, match.contains(.prompt), content.textLength(of: position) < Self.promptLength {
                removeSubtree(&position)
                continue
            }
            if match.contains(.credit), content.textLength(of: position) < Self.creditLength {
                removeSubtree(&position)
                continue
            }
            if flags.contains(.stripUnlikely), position != start {
                if match.contains(.unlikely), !match.contains(.maybeCandidate),
                   !content.hasAncestor(position, tag: .table), !content.hasAncestor(position, tag: .code),
                   tag != .body, tag != .a {
                    removeSubtree(&position)
                    continue
                }
                if let role = content.tree.attribute("role", of: position), Self.unlikelyRoles.contains(role) {
                    removeSubtree(&position)
                    continue
                }
            }
            switch tag {
            case .div, .section, .header, .h1, .h2, .h3, .h4, .h5, .h6:
                if isWithoutContent(position) {
                    removeSubtree(&position)
                    continue
                }
            default: break
            }
            switch tag {
            case .section, .h2, .h3, .h4, .h5, .h6, .p, .td, .pre: toScore.append(.node(position))
            case .div: prepareDiv(position, toScore: &toScore)
            default: break
            }
            position += 1
        }
        return toScore
    }

    /// Longer than this, a "newsletter" or "paywall" block is the article it wraps, not a prompt.
    static let promptLength = 400
    static let creditLength = 100

    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    private mutating func removeSubtree(_ position: inout Int) {
        content.remove(position)
        position = content.subtreeEnd(position)
    }

    /// A `<div>` of inline content is a paragraph; the inline runs of a `<div>` that also holds
    /// blocks are paragraphs of their own.
    private mutating func prepareDiv(_ div: Int, toScore: inout [Scored]) {
        let children = content.children(of: div)
        let mixed = children.contains { !isPhrasing($0) }
        if !mixed {
            if content.linkDensity(of: div) < 0.25 {
                paragraphLike.insert(div)
                toScore.append(.node(div))
            } else {
                let run = trimmedRun(children)
                if !run.isEmpty { addRuns([run], to: div, toScore: &toScore) }
            }
            return
        }
        var found: [[Int]] = []
        var current: [Int]? = nil
        for child in children {
            if isPhrasing(child) {
                if current != nil {
                    current!.append(child)
                } else if !isWhitespace(child) {
                    current = [child]
                }
            } else if let run = current {
                found.append(trimmedRun(run))
                current = nil
            }
        }
        if let run = current { found.append(trimmedRun(run)) }
        found.removeAll { $0.isEmpty }
        if !found.isEmpty {
            addRuns(found, to: div, toScore: &toScore)
            return
        }
        let elements = children.filter { content.tag($0) != .text }
        let hasContentText = children.contains { content.tag($0) == .text && content.textLength[$0] > 0 && !isWhitespace($0) }
        if elements.count == 1, content.tag(elements[0]) == .p, !hasContentText, content.linkDensity(of: div) < 0.25 {
            transparent.insert(div)
        } else if !hasBlockDescendant(div) {
            paragraphLike.insert(div)
            toScore.append(.node(div))
        }
    }

    private mutating func addRuns(_ found: [[Int]], to div: Int, toScore: inout [Scored]) {
        runs[div] = found
        for (index, run) in found.enumerated() {
            runOf[run[0]] = index
            toScore.append(.run(parent: div, nodes: run))
        }
    }

    private func trimmedRun(_ run: [Int]) -> [Int] {
        var run = run
        while let last = run.last, isWhitespace(last) { run.removeLast() }
        while let first = run.first, isWhitespace(first) { run.removeFirst() }
        return run
    }

    /// Inline content: text, and elements such as `<span>`, `<em>` or a link of inline content.
    func isPhrasing(_ node: Int) -> Bool {
        switch content.tag(node) {
        case .text, .other, .strong, .b, .em, .i, .cite, .dfn, .var, .code, .kbd, .samp, .tt, .img, .br, .time,
             .button, .input, .select, .textarea, .label, .audio, .embed, .object:
            return true
        case .a:
            return content.children(of: node).allSatisfy(isPhrasing)
        default:
            return false
        }
    }

    func isWhitespace(_ node: Int) -> Bool {
        switch content.tag(node) {
        case .text: return content.tree.textBytes(node).allSatisfy { $0 <= 0x20 }
        case .br: return true
        default: return false
        }
    }

    /// No text, and no element but line breaks and rules.
    private func isWithoutContent(_ node: Int) -> Bool {
        var child = content.tree[node].firstChildIndex
        while child >= 0 {
            let index = Int(child)
            if !content.removed[index] {
                switch content.tag(index) {
                case .text: if content.textLength[index] > 0 { return false }
                case .br, .hr: break
                default: return false
                }
            }
            child = content.tree[index].nextSiblingIndex
        }
        return true
    }

    private func hasBlockDescendant(_ node: Int) -> Bool {
        var position = node + 1
        let end = content.subtreeEnd(node)
        while position < end {
            if content.removed[position] { position = content.subtreeEnd(position); continue }
            switch content.tag(position) {
            case .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: return true
            default: position += 1
            }
        }
        return false
    }

    private func isProbablyVisible(_ node: Int) -> Bool {
        for attribute in content.tree.attributes(of: node) {
            switch attribute.name {
            case "hidden":
                return false
            case "aria-hidden":
                if attribute.value == "true", !(content.tree.attribute("class", of: node) ?? "").contains("fallback-image") {
                    return false
                }
            case "style":
                let style = attribute.value.lowercased().filter { !$0.isWhitespace }
                if style.contains("display:none") || style.contains("visibility:hidden") { return false }
            default:
                break
            }
        }
        return true
    }

    private func isModalDialog(_ node: Int) -> Bool {
        content.tree.attribute("aria-modal", of: node) == "true" && content.tree.attribute("role", of: node) == "dialog"
    }

    private func isBylineElement(_ node: Int, match: ClassPatterns.Flags) -> Bool {
        if content.tree.attribute("rel", of: node) == "author" { return true }
        if let itemprop = content.tree.attribute("itemprop", of: node), itemprop.contains("author") { return true }
        return match.contains(.byline)
    }

    // MARK: - Scoring

    private mutating func score(_ toScore: [Scored]) -> [Int] {
        var candidates: [Int] = []
        for item in toScore {
            let nodes: [Int]
            let first: Int
            switch item {
            case .node(let node):
                guard !content.removed[node] else { continue }
                nodes = [node]
                first = Int(content.parent[node])
            case .run(let parent, let run):
                nodes = run
                first = parent
            }
            let length = content.textLength(ofRun: nodes)
            var commas = 0
            for node in nodes { commas += commaCount(node) }
            guard length >= 25 else { continue }
            let points = 1.0 + Double(commas + 1) + Double(min(length / 100, 3))
            var ancestor = first
            var level = 0
            while ancestor >= 0, level < 5 {
                if transparent.contains(ancestor) {
                    ancestor = Int(content.parent[ancestor])
                    continue
                }
                let tag = content.tag(ancestor)
                if tag == .document || tag == .html { break }
                if scores[ancestor] == nil {
                    scores[ancestor] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor]! += points / divider
                ancestor = Int(content.parent[ancestor])
                level += 1
            }
        }
        for candidate in candidates {
            scores[candidate]! *= 1 - content.linkDensity(of: candidate)
        }
        return candidates
    }

    private func commaCount(_ node: Int) -> Int {
        var total = 0
        var position = node
        let end = content.subtreeEnd(node)
        while position < end {
            if content.removed[position] { position = content.subtreeEnd(position); continue }
            total += Int(content.commas[position])
            position += 1
        }
        return total
    }

    func initialScore(_ node: Int) -> Double {
        var score: Double
        switch content.tag(node) {
        case .div: score = paragraphLike.contains(node) ? 0 : 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        return score + Double(classWeight(node))
    }

    /// ±25 for content or furniture words in the class, and again in the id.
    func classWeight(_ node: Int) -> Int {
        guard flags.contains(.weightClasses) else { return 0 }
        var weight = 0
        for name in ["class", "id"] {
            guard let value = content.tree.attribute(name, of: node), !value.isEmpty else { continue }
            let bytes = ClassPatterns.matchString(class: value, id: nil)
            if ClassPatterns.negative.matches(bytes) || ClassPatterns.hasHidWord(bytes) { weight -= 25 }
            if ClassPatterns.positive.matches(bytes) { weight += 25 }
        }
        return weight
    }

    // MARK: - Choosing

    private func isTop(_ node: Int) -> Bool {
        let tag = content.tag(node)
        return tag == .body || tag == .html || tag == .document
    }

    private mutating func choose(from candidates: [Int]) -> [ContentPiece] {
        var top: [Int] = []
        for candidate in candidates {
            let score = scores[candidate]!
            if let slot = top.firstIndex(where: { score > scores[$0]! }) {
                top.insert(candidate, at: slot)
                if top.count > 5 { top.removeLast() }
            } else if top.count < 5 {
                top.append(candidate)
            }
        }
        guard var best = top.first, !isTop(best) else { return [.node(body)] }

        // Several close runners-up inside one ancestor: the ancestor is the article.
        let bestScore = scores[best]!
        let alternatives = top.dropFirst().filter { scores[$0]! / bestScore >= 0.75 }.map { Set(ancestors(of: $0)) }
        if alternatives.count >= 3 {
            var parent = parentNode(best)
            while parent >= 0, !isTop(parent) {
                if alternatives.count(where: { $0.contains(parent) }) >= 3 {
                    best = parent
                    break
                }
                parent = parentNode(parent)
            }
        }
        if scores[best] == nil { scores[best] = initialScore(best) }

        // A parent scoring higher than the block gathers more of the article.
        var parent = parentNode(best)
        var lastScore = scores[best]!
        let threshold = lastScore / 3
        while parent >= 0, !isTop(parent) {
            guard let parentScore = scores[parent] else {
                parent = parentNode(parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                best = parent
                break
            }
            lastScore = parentScore
            parent = parentNode(parent)
        }

        // An only child stands for its parent, so the parent's siblings can join.
        parent = parentNode(best)
        while parent >= 0, !isTop(parent), pieces(of: parent).count == 1 {
            best = parent
            parent = parentNode(best)
        }
        if scores[best] == nil { scores[best] = initialScore(best) }
        return siblings(of: best, in: parent)
    }

    /// The parent as the scoring sees it: a `<div>` read as its paragraph is not there.
    private func parentNode(_ node: Int) -> Int {
        var parent = Int(content.parent[node])
        while parent >= 0, transparent.contains(parent) { parent = Int(content.parent[parent]) }
        return parent
    }

    private func ancestors(of node: Int) -> [Int] {
        var result: [Int] = []
        var current = parentNode(node)
        while current >= 0 {
            result.append(current)
            current = parentNode(current)
        }
        return result
    }

    /// A node's children as pieces: inline runs stand as paragraphs, a `<div>` read as its
    /// paragraph stands as the paragraph.
    func pieces(of node: Int) -> [ContentPiece] {
        var result: [ContentPiece] = []
        let nodeRuns = runs[node]
        var insideRun = 0
        for child in content.children(of: node) {
            if let nodeRuns, let index = runOf[child] {
                result.append(.run(nodeRuns[index]))
                insideRun = nodeRuns[index].count - 1
                continue
            }
            if insideRun > 0 {
                insideRun -= 1
                continue
            }
            guard content.tag(child) != .text else { continue }
            if nodeRuns != nil, isPhrasing(child), !isWhitespace(child) { continue }
            var shown = child
            while transparent.contains(shown), let only = content.children(of: shown).first(where: { content.tag($0) == .p }) {
                shown = only
            }
            result.append(.node(shown))
        }
        return result
    }

    private func isParagraph(_ node: Int) -> Bool {
        content.tag(node) == .p || paragraphLike.contains(node)
    }

    private mutating func siblings(of best: Int, in parent: Int) -> [ContentPiece] {
        guard parent >= 0 else { return [.node(best)] }
        let bestScore = scores[best] ?? 0
        let threshold = max(10, bestScore * 0.2)
        let bestClass = content.tree.attribute("class", of: best) ?? ""
        var result: [ContentPiece] = []
        for piece in pieces(of: parent) {
            switch piece {
            case .node(let sibling):
                var append = sibling == best
                if !append {
                    let bonus = !bestClass.isEmpty && content.tree.attribute("class", of: sibling) == bestClass ? bestScore * 0.2 : 0
                    if let score = scores[sibling], score + bonus >= threshold {
                        append = true
                    } else if isParagraph(sibling) {
                        append = readsAsParagraph(content.text(of: sibling), linkDensity: content.linkDensity(of: sibling))
                    }
                }
                if append {
                    switch content.tag(sibling) {
                    case .div, .article, .section, .p: break
                    default: joinedAsDivs.insert(sibling)
                    }
                    result.append(piece)
                }
            case .run(let nodes):
                let text = nodes.map { content.text(of: $0) }.joined(separator: " ")
                if readsAsParagraph(text, linkDensity: content.linkDensity(ofRun: nodes)) { result.append(piece) }
            }
        }
        return result
    }

    /// A paragraph beside the article: long and not mostly links, or short, link-free and a sentence.
    private func readsAsParagraph(_ text: String, linkDensity: Double) -> Bool {
        let length = text.count
        if length > 80 { return linkDensity < 0.25 }
        return length > 0 && linkDensity == 0 && (text.hasSuffix(".") || text.contains(". "))
    }
}
