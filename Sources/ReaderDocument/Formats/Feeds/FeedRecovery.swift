/// Keeps half an item out of the library: after a recovered parse, an item or entry is dropped
/// when an error lies between the line it starts on and the line before the next element starts. On a feed written on one line, that is
/// every item of the damaged line. The last item ends at the document's last closing item tag,
/// so a feed cut off after its last item keeps it.
enum FeedRecovery {
    static func withoutDamagedItems(_ root: MarkupNode, errorLines: [Int], bytes: [UInt8]) -> MarkupNode {
        guard !errorLines.isEmpty else { return root }
        let lastEnd = lastClosingItemLine(bytes) ?? Int.max
        var root = root
        root.children = kept(root.children, errorLines: errorLines, lastEnd: lastEnd) { node in
            guard node.name == "channel" else { return node }
            var channel = node
            channel.children = kept(node.children, errorLines: errorLines, lastEnd: lastEnd) { $0 }
            return channel
        }
        return root
    }

    /// The line of the last `</item>` or `</entry>` (with or without a prefix).
    private static func lastClosingItemLine(_ bytes: [UInt8]) -> Int? {
        let names = [Array("item>".utf8), Array("entry>".utf8)]
        var index = bytes.count - 1
        while index > 0 {
            for name in names where index + name.count <= bytes.count && bytes[index] == name[0]
                && bytes[index..<(index + name.count)].elementsEqual(name)
                && (bytes[index - 1] == UInt8(ascii: "/") || bytes[index - 1] == UInt8(ascii: ":")) {
                return 1 + bytes[..<index].count { $0 == UInt8(ascii: "\n") }
            }
            index -= 1
        }
        return nil
    }

    private static func kept(_ children: [MarkupNode], errorLines: [Int], lastEnd: Int, transform: (MarkupNode) -> MarkupNode) -> [MarkupNode] {
        let elements = children.indices.filter { children[$0].isElement }
        var result: [MarkupNode] = []
        for (position, index) in elements.enumerated() {
            let node = children[index]
            if node.name == "item" || node.name == "entry" {
                let start = node.line
                var end = position + 1 < elements.count ? children[elements[position + 1]].line : lastEnd
                // Damage on the line the next element starts on is that element's, unless both
                // start on the same line.
                if position + 1 < elements.count, end > start { end -= 1 }
                if end < start || errorLines.contains(where: { $0 >= start && $0 <= end }) { continue }
            }
            result.append(transform(node))
        }
        return result
    }
}
