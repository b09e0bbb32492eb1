/// Keeps half an item out of the library: after a recovered parse, an item or entry is dropped
/// when an error lies between the line it starts on and the line the next element starts on
/// (or the end of the document, for the last one). On a feed written on one line, that is
/// every item of the damaged line.
enum FeedRecovery {
    static func withoutDamagedItems(_ root: MarkupNode, errorLines: [Int]) -> MarkupNode {
        guard !errorLines.isEmpty else { return root }
        var root = root
        root.children = kept(root.children, errorLines: errorLines) { node in
            guard node.name == "channel" else { return node }
            var channel = node
            channel.children = kept(node.children, errorLines: errorLines) { $0 }
            return channel
        }
        return root
    }

    private static func kept(_ children: [MarkupNode], errorLines: [Int], transform: (MarkupNode) -> MarkupNode) -> [MarkupNode] {
        let elements = children.indices.filter { children[$0].isElement }
        var result: [MarkupNode] = []
        for (position, index) in elements.enumerated() {
            let node = children[index]
            if node.name == "item" || node.name == "entry" {
                let start = node.line
                let end = position + 1 < elements.count ? children[elements[position + 1]].line : Int.max
                if errorLines.contains(where: { $0 >= start && $0 <= end }) { continue }
            }
            result.append(transform(node))
        }
        return result
    }
}
