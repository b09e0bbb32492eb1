import ReaderDocument
import ReaderCore

/// What every state the reducer returns must satisfy, whatever keys and sizes led to it.
public enum StateInvariants {
    public static func check(_ state: ReaderState) -> [String] {
        var violations = Violations()
        let screen = ScreenLayout(state: state)
        let count = state.articles.count

        if count == 0 {
            violations.expect(state.selectedIndex == 0, "selectedIndex \(state.selectedIndex) in an empty list")
            violations.expect(state.list.top == 0, "listTop \(state.list.top) in an empty list")
        } else {
            violations.expect((0..<count).contains(state.selectedIndex), "selectedIndex \(state.selectedIndex) outside 0..<\(count)")
            violations.expect(state.list.top >= 0 && state.list.top <= state.selectedIndex,
                              "listTop \(state.list.top) below the selection \(state.selectedIndex)")
            violations.expect(state.selectedIndex < state.list.top + screen.listRows,
                              "selection \(state.selectedIndex) below the list's \(screen.listRows) rows from \(state.list.top)")
        }

        violations.expect(screen.focusablePanes.contains(state.focus),
                          "focus \(state.focus) not among \(screen.focusablePanes) at \(state.size.width)x\(state.size.height)")

        if let article = state.openArticle {
            let anchor = state.textAnchor
            violations.expect((0..<article.blocks.count).contains(anchor.block),
                              "anchor block \(anchor.block) outside 0..<\(article.blocks.count)")
            if (0..<article.blocks.count).contains(anchor.block) {
                violations.expect((0...article.blocks[anchor.block].length + 1).contains(anchor.offset),
                                  "anchor offset \(anchor.offset) outside block \(anchor.block) of \(article.blocks[anchor.block].length)")
            }
            if let visual = state.reading.visual {
                violations.expect((0..<max(1, article.plainTextLength)).contains(visual.caret),
                                  "visual caret \(visual.caret) outside the article (\(article.plainTextLength))")
                if let anchor = visual.anchor {
                    violations.expect((0..<max(1, article.plainTextLength)).contains(anchor), "selection start \(anchor) outside the article")
                }
            }
            for highlight in state.highlights where !highlight.isOrphaned {
                violations.expect(highlight.start >= 0 && highlight.start < highlight.end && highlight.end <= article.plainTextLength,
                                  "highlight \(highlight.range) outside the article (\(article.plainTextLength))")
            }
            for match in state.reading.findMatches {
                violations.expect(match.lowerBound >= 0 && match.upperBound <= article.plainTextLength,
                                  "find match \(match) outside the article (\(article.plainTextLength))")
            }
        } else {
            violations.expect(state.textAnchor == .top, "anchor \(state.textAnchor) without an open article")
        }
        if !state.reading.findMatches.isEmpty, let current = state.reading.findIndex {
            violations.expect((0..<state.reading.findMatches.count).contains(current),
                              "findIndex \(current) outside \(state.reading.findMatches.count) matches")
        }

        let groups = state.entityGroupsInPaneOrder.count
        violations.expect(state.side.entitySelection >= 0 && (groups == 0 || state.side.entitySelection < groups),
                          "entitySelection \(state.side.entitySelection) outside \(groups) groups")
        if let marked = state.reading.markedEntity {
            violations.expect((0..<marked.mentions.count).contains(state.reading.markedMention),
                              "markedMention \(state.reading.markedMention) outside \(marked.mentions.count) mentions")
        }
        violations.expect(state.highlights.isEmpty ? state.side.noteSelection == 0 : (0..<state.highlights.count).contains(state.side.noteSelection),
                          "noteSelection \(state.side.noteSelection) outside \(state.highlights.count) highlights")
        violations.expect(state.side.noteListTop >= 0 && state.side.noteListTop <= state.side.noteSelection,
                          "notes pane top \(state.side.noteListTop) below the selection \(state.side.noteSelection)")
        if case .help(let scroll) = state.overlays.overlay {
            violations.expect(scroll >= 0, "help scrolled to \(scroll)")
        }
        if let prompt = state.overlays.prompt {
            violations.expect((0...prompt.text.count).contains(prompt.cursor),
                              "prompt cursor \(prompt.cursor) outside 0...\(prompt.text.count)")
        }
        return violations.messages
    }
}
