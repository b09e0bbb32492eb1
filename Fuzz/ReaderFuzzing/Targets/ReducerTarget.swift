import ReaderEntities
import ReaderDocument
import ReaderCore

extension FuzzTarget {
    /// Random keys and resizes through the reducer, rendering after each: nothing traps, every
    /// state keeps `StateInvariants`, every frame keeps `FrameInvariants`.
    ///
    /// Input: how many articles (0–6) and the starting size, then one event per byte: a key of the
    /// key table (or a key it leaves unbound), a resize (two more bytes) or finished recognition; at most 64 events.
    public static let reducer = FuzzTarget(
        name: "reducer",
        summary: "keys and resizes → Reducer → ScreenRenderer: state invariants hold, frames stay safe"
    ) { bytes in
        var input = FuzzInput(bytes)
        let articles = Array(ReducerFuzzArticles.all.prefix(input.int(in: 0...6)))
        // Bodies are read through effects, as from files, and the library's questions answered.
        var state = ReaderState(
            summaries: articles.map(ArticleSummary.init), size: Size(width: input.int(in: 0...200), height: input.int(in: 0...60)))
        state.libraryIndexed = true
        let driver = ReducerDriver(source: ReducerFuzzArticles.Source(articles))
        var violations = Violations()
        var step = 0
        // Long runs add little that libFuzzer's next input does not, and cost a render each.
        let maxSteps = 64
        while !input.isAtEnd, step < maxSteps, !state.shouldQuit, violations.messages.isEmpty {
            let event = ReducerFuzzEvents.next(&input)
            switch event {
            case .input(let event): state = driver.run(state, .input(event)).state
            case .recognised:
                if let article = state.openArticle {
                    state = Reducer.entitiesRecognised(state, article: article.id, entities: ReducerFuzzArticles.entities(of: article))
                }
            }
            let context = "step \(step) (\(event)) at \(state.size.width)x\(state.size.height)"
            violations.append(StateInvariants.check(state), context: context)
            violations.append(FrameInvariants.check(ScreenRenderer.render(state)), context: context)
            step += 1
        }
        return violations.messages
    }
}

/// Decodes one reducer event from the input.
enum ReducerFuzzEvents {
    enum Event: CustomStringConvertible {
        case input(InputEvent)
        case recognised

        var description: String {
            switch self {
            case .input(.key(let key)): return "key \(key.label)"
            case .input(.resize(let size)): return "resize \(size.width)x\(size.height)"
            case .input(.mouse(let mouse)): return "mouse \(mouse.kind) at \(mouse.x),\(mouse.y)"
            case .recognised: return "entities recognised"
            }
        }
    }

    /// Every key of the standard key table, then keys it leaves unbound (some only prompts use),
    /// including characters that must never reach the screen raw.
    static let keys: [Key] = {
        var keys: [Key] = []
        for binding in Keymap.standard.bindings {
            for key in binding.keys where !keys.contains(key) { keys.append(key) }
        }
        let extra: [Key] = [
            .left, .backspace, .control("a"), .control("e"), .control("w"), .control("c"), .control("h"),
            .character("x"), .character("Z"), .character("é"), .character("中"), .character("😀"),
            .character("\u{1B}"), .character("\u{9B}"), .character("\u{202E}"), .character("e\u{301}"),
        ]
        return keys + extra.filter { !keys.contains($0) }
    }()

    static func next(_ input: inout FuzzInput) -> Event {
        let byte = Int(input.byte())
        switch byte {
        case 0..<216:
            return .input(.key(keys[byte % keys.count]))
        case 216..<232:
            let kinds: [MouseEvent.Kind] = [.press, .release, .wheelUp, .wheelDown]
            return .input(.mouse(MouseEvent(kinds[byte % 4], x: input.int(in: -2...260), y: input.int(in: -2...125))))
        case 232..<252:
            return .input(.resize(Size(width: input.int(in: 0...255), height: input.int(in: 0...120))))
        default:
            return .recognised
        }
    }
}
