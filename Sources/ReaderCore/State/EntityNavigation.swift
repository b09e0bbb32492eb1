/// The entity pane's selection, marking an alias group, and jumping between its mentions.
enum EntityNavigation {
    static func moveSelection(_ state: ReaderState, action: Action, rows: Int) -> ReaderState {
        var state = state
        let count = state.entityGroupsInPaneOrder.count
        guard count > 0 else { return state }
        let step: Int
        switch action {
        case .moveDown: step = 1
        case .moveUp: step = -1
        case .pageDown: step = rows
        case .pageUp: step = -rows
        case .halfPageDown: step = max(1, rows / 2)
        case .halfPageUp: step = -max(1, rows / 2)
        case .top: step = -count
        case .bottom: step = count
        default: step = 0
        }
        state.side.entitySelection = min(max(0, state.side.entitySelection + step), count - 1)
        return state
    }

    /// Marks the selected group and shows its first mention.
    static func markSelected(_ state: ReaderState) -> ReaderState {
        let groups = state.entityGroupsInPaneOrder
        guard state.side.entitySelection < groups.count else { return state }
        var state = state
        state.reading.markedEntity = groups[state.side.entitySelection]
        state.reading.markedMention = 0
        return showMarkedMention(state)
    }

    /// Goes to the next (or previous) mention of the marked group, wrapping around.
    static func jumpToMention(_ state: ReaderState, forward: Bool) -> ReaderState {
        var state = state
        guard let group = state.reading.markedEntity, !group.mentions.isEmpty else {
            state.statusMessage = "No entity marked: select one in the entity pane"
                + (state.settings.keymap.label(of: .markEntity, in: .entities).map { " and press \($0)" } ?? "")
            return state
        }
        let count = group.mentions.count
        state.reading.markedMention = (state.reading.markedMention + (forward ? 1 : count - 1)) % count
        return showMarkedMention(state)
    }

    static func showMarkedMention(_ state: ReaderState) -> ReaderState {
        guard let group = state.reading.markedEntity, state.reading.markedMention < group.mentions.count else { return state }
        var state = show(offset: group.mentions[state.reading.markedMention].start, in: state)
        state.statusMessage = StatusText.joined(
            "\(group.name): mention \(state.reading.markedMention + 1) of \(group.mentions.count)",
            state.settings.keymap.hint(.nextMention, .previousMention, in: state.keyScope, "next/previous"))
        return state
    }

    /// Scrolls so that a plain-text offset shows a third of the way down the text pane.
    static func show(offset: Int, in state: ReaderState) -> ReaderState {
        var state = state
        guard let layout = state.openLayout() else { return state }
        let screen = ScreenLayout(state: state)
        let target = layout.position(ofPlainTextOffset: offset)
        var top = layout.advance(target, by: -(screen.textRows / 3))
        let maxTop = layout.bottomTop(height: screen.textRows)
        if top > maxTop { top = maxTop }
        state.textAnchor = layout.anchor(of: top)
        return Reducer.markReadIfAtEnd(state)
    }
}
