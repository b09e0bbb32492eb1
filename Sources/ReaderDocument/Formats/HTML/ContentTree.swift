import ReaderEntities

/// The parsed page as the content scoring sees it: the tree with parents, which nodes have been
/// removed so far, and the measures (text length, commas) that scoring and cleaning read.
///
/// The tree itself is never changed: removal is a mark, and a text's length is counted once.
struct ContentTree {
    let tree: HTMLTree
    /// Each node's parent; the root's is -1.
    let parent: [Int32]
    /// Each text node's length as a reader sees it, without white space at its ends: runs of
    /// white space inside count as one character.
    let textLength: [Int32]
    /// Whether each text node starts or ends with white space, or is nothing else.
    let spaces: [SpaceFlags]
    /// Each text node's commas, in Latin, Arabic and CJK forms.
    let commas: [Int16]
    /// What each element's class and id say.
    let classFlags: [ClassPatterns.Flags]
    /// Removed nodes, with their content.
    var removed: [Bool]

    init(_ tree: HTMLTree) {
        self.tree = tree
        let count = tree.nodes.count
        var parent = [Int32](repeating: -1, count: count)
        var textLength = [Int32](repeating: 0, count: count)
        var spaces = [SpaceFlags](repeating: [], count: count)
        var commas = [Int16](repeating: 0, count: count)
        var classFlags = [ClassPatterns.Flags](repeating: [], count: count)
        tree.utf8.withUnsafeBufferPointer { text in
            for index in 0..<count {
                let node = tree.nodes[index]
                var child = node.firstChildIndex
                while child >= 0 {
                    parent[Int(child)] = Int32(index)
                    child = tree.nodes[Int(child)].nextSiblingIndex
                }
                if node.tag == .text {
                    let measure = Self.measure(UnsafeBufferPointer(rebasing: text[node.content]))
                    textLength[index] = measure.length
                    commas[index] = measure.commas
                    spaces[index] = measure.spaces
                } else {
                    var className: String?
                    var id: String?
                    for attribute in tree.attributes(of: index) {
                        if attribute.name == "class" { className = attribute.value } else if attribute.name == "id" { id = attribute.value }
                    }
                    if className != nil || id != nil {
                        classFlags[index] = ClassPatterns.flags(class: className, id: id)
                    }
                }
            }
        }
        self.parent = parent
        self.textLength = textLength
        self.spaces = spaces
        self.commas = commas
        self.classFlags = classFlags
        removed = [Bool](repeating: false, count: count)
    }

    struct SpaceFlags: OptionSet {
        let rawValue: UInt8
        static let leading = SpaceFlags(rawValue: 1)
        static let trailing = SpaceFlags(rawValue: 2)
        static let only = SpaceFlags(rawValue: 4)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (length: Int32, commas: Int16, spaces: SpaceFlags) {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var spaces: SpaceFlags = []
        if start > 0 { spaces.insert(.leading) }
        if end < bytes.count { spaces.insert(.trailing) }
        if start == end { return (0, 0, bytes.isEmpty ? [] : [.leading, .trailing, .only]) }
        var length: Int32 = 0
        var commas: Int16 = 0
        var inSpace = false
        var index = start
        while index < end {
            let byte = bytes[index]
            if isSpace(byte) {
                if !inSpace { length += 1 }
                inSpace = true
            } else if byte & 0xC0 != 0x80 {
                length += 1
                inSpace = false
                if byte == UInt8(ascii: ",") {
                    commas &+= 1
                } else if byte >= 0xD8 {
                    // ، (U+060C) and the CJK commas U+FF0C, U+FE50, U+FE10, U+FE11, U+2E41, U+2E34, U+2E32.
                    let next = index + 1 < end ? bytes[index + 1] : 0
                    let third = index + 2 < end ? bytes[index + 2] : 0
                    if (byte == 0xD8 && next == 0x8C) || (byte == 0xEF && next == 0xBC && third == 0x8C)
                        || (byte == 0xEF && next == 0xB9 && third == 0x90)
                        || (byte == 0xEF && next == 0xB8 && (third == 0x90 || third == 0x91))
                        || (byte == 0xE2 && next == 0xB9 && (third == 0x81 || third == 0xB4 || third == 0xB2)) {
                        commas &+= 1
                    }
                }
            }
            index += 1
        }
        return (length, commas, spaces)
    }

    /// Adds up text lengths the way trimmed, white-space-collapsed text reads: one space between
    /// two texts where either side has some.
    struct TextCounter {
        private(set) var total = 0
        private var started = false
        private var pendingSpace = false

        mutating func add(_ length: Int32, _ spaces: SpaceFlags) {
            if spaces.contains(.only) {
                if started { pendingSpace = true }
                return
            }
            guard length > 0 else { return }
            if started, pendingSpace || spaces.contains(.leading) { total += 1 }
            total += Int(length)
            started = true
            pendingSpace = spaces.contains(.trailing)
        }
    }

    func tag(_ node: Int) -> HTMLTag { tree.nodes[node].tag }
    func subtreeEnd(_ node: Int) -> Int { tree.nodes[node].subtreeEnd }

    mutating func remove(_ node: Int) { removed[node] = true }

    /// The children that are still there.
    func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = tree.nodes[node].firstChildIndex
        while child >= 0 {
            if !removed[Int(child)] { result.append(Int(child)) }
            child = tree.nodes[Int(child)].nextSiblingIndex
        }
        return result
    }

    /// Text length below a node, leaving out removed content.
    func textLength(of node: Int) -> Int {
        textLength(ofRun: CollectionOfOne(node))
    }

    func textLength<Nodes: Sequence<Int>>(ofRun nodes: Nodes) -> Int {
        var counter = TextCounter()
        for node in nodes {
            var position = node
            let end = subtreeEnd(node)
            while position < end {
                if removed[position] { position = subtreeEnd(position); continue }
                if tree.nodes[position].tag == .text { counter.add(textLength[position], spaces[position]) }
                position += 1
            }
        }
        return counter.total
    }

    /// A node's text (what is still there), white space collapsed and trimmed.
    func text(of node: Int) -> String {
        var bytes: [UInt8] = []
        var position = node
        let end = subtreeEnd(node)
        while position < end {
            if removed[position] { position = subtreeEnd(position); continue }
            if tag(position) == .text {
                for byte in tree.utf8[tree.nodes[position].content] {
                    if Self.isSpace(byte) {
                        if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
                    } else {
                        bytes.append(byte)
                    }
                }
            }
            position += 1
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The share of a node's text that is link text (links to "#…" count 0.3).
    func linkDensity(of node: Int) -> Double {
        let stats = measure(node)
        return stats.text == 0 ? 0 : stats.linkText / Double(stats.text)
    }

    func linkDensity(ofRun nodes: [Int]) -> Double {
        var text = 0
        var links = 0.0
        for node in nodes {
            let stats = measure(node)
            links += stats.linkText
            if tag(node) == .a { links += Double(textLength(of: node)) * linkWeight(node) }
        }
        text = textLength(ofRun: nodes)
        return text == 0 ? 0 : links / Double(text)
    }

    func linkWeight(_ link: Int) -> Double {
        guard let href = tree.attribute("href", of: link), href.hasPrefix("#"), href.count > 1 else { return 1 }
        return 0.3
    }

    /// What the cleaning rules count below a node (the node itself not included in the counts of
    /// elements), leaving out removed content.
    struct Stats {
        var text = 0
        var linkText = 0.0
        var latinCommas = 0
        var allCommas = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var headingText = 0
        var listText = 0
        var textishText = 0
        var dataTables = 0
    }

    func measure(_ node: Int, dataTables: Set<Int> = []) -> Stats {
        var stats = Stats()
        var counter = TextCounter()
        var linkEnd = 0, linkWeight = 1.0, headingEnd = 0, listEnd = 0, textishEnd = 0
        var position = node + 1
        let end = subtreeEnd(node)
        while position < end {
            if removed[position] { position = subtreeEnd(position); continue }
            let tag = self.tag(position)
            switch tag {
            case .text:
                let length = Int(textLength[position])
                counter.add(textLength[position], spaces[position])
                let commas = Int(self.commas[position])
                stats.allCommas += commas
                if commas > 0 { stats.latinCommas += tree.textBytes(position).count { $0 == UInt8(ascii: ",") } }
                if position < linkEnd { stats.linkText += Double(length) * linkWeight }
                if position < headingEnd { stats.headingText += length }
                if position < listEnd { stats.listText += length }
                if position < textishEnd { stats.textishText += length }
            case .a:
                if position >= linkEnd { linkEnd = subtreeEnd(position); linkWeight = self.linkWeight(position) }
            case .h1, .h2, .h3, .h4, .h5, .h6:
                if position >= headingEnd { headingEnd = subtreeEnd(position) }
            case .ul, .ol:
                if position >= listEnd { listEnd = subtreeEnd(position) }
                if position >= textishEnd { textishEnd = subtreeEnd(position) }
            case .p:
                stats.paragraphs += 1
                if position >= textishEnd { textishEnd = subtreeEnd(position) }
            case .img:
                stats.images += 1
            case .li:
                stats.listItems += 1
                if position >= textishEnd { textishEnd = subtreeEnd(position) }
            case .input:
                stats.inputs += 1
            case .table:
                if dataTables.contains(position) { stats.dataTables += 1 }
                if position >= textishEnd { textishEnd = subtreeEnd(position) }
            case .other, .td, .blockquote, .dl, .div, .pre:
                if position >= textishEnd { textishEnd = subtreeEnd(position) }
            default:
                break
            }
            position += 1
        }
        stats.text = counter.total
        return stats
    }

    /// Whether an ancestor within `depth` levels (or any, for nil) has this tag.
    func hasAncestor(_ node: Int, tag wanted: HTMLTag, depth: Int? = 3, where accept: (Int) -> Bool = { _ in true }) -> Bool {
        var current = Int(parent[node])
        var level = 0
        while current >= 0 {
            if let depth, level > depth { return false }
            if tag(current) == wanted, accept(current) { return true }
            current = Int(parent[current])
            level += 1
        }
        return false
    }
}
