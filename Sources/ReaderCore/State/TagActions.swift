import ReaderDocument

/// Tags on highlights and articles, and an article's own note: the prompts that edit them (Tab
/// completes a tag from those in the library), `#tag` words of notes as tags, and narrowing the
/// list or the list of notes to a tag.
enum TagActions {
    static func reduce(_ state: ReaderState, action: Action) -> ReaderState {
        switch action {
        case .editTags: return editTags(state)
        case .editArticleNote, .editArticleNoteInEditor:
            guard let target = articleTarget(state) else { return noArticle(state) }
            var state = state
            let note = annotation(of: target, in: state)?.note ?? ""
            if action == .editArticleNoteInEditor {
                state.outbox.append(.editArticleNote(target, text: note))
            } else {
                state.overlays.prompt = prompt(.articleNote(target), text: note)
            }
            return state
        case .filterByTag:
            var state = state
            guard state.libraryIndexed else {
                state.statusMessage = "Tags need the library"
                return state
            }
            state.overlays.prompt = Prompt(purpose: .filterTag)
            state.outbox.append(.loadTags)
            return state
        default:
            return state
        }
    }

    /// `t`: the tags of the highlight at the caret or selected in the notes pane, else of the
    /// article (the one open, or the one selected in the list).
    static func editTags(_ state: ReaderState) -> ReaderState {
        var state = state
        let tags: [String]
        let target: TagTarget
        if state.keyScope == .visual || state.keyScope == .notes {
            guard let highlight = AnnotationActions.target(state) else {
                state.statusMessage = state.keyScope == .notes ? "No highlight selected" : "The caret is not on a highlight"
                return state
            }
            target = .highlight(id: highlight.id)
            tags = highlight.tags
        } else {
            guard let article = articleTarget(state) else { return noArticle(state) }
            target = .article(article)
            tags = annotation(of: article, in: state)?.tags ?? []
        }
        state.overlays.prompt = prompt(.tags(target), text: tags.isEmpty ? "" : tags.joined(separator: " ") + " ")
        state.outbox.append(.loadTags)
        let tab = "Tab completes a tag"
        state.statusMessage = tags.isEmpty ? "Tags apart by spaces · \(tab)" : "Delete a word to remove its tag · \(tab)"
        return state
    }

    static func prompt(_ purpose: Prompt.Purpose, text: String) -> Prompt {
        var prompt = Prompt(purpose: purpose)
        prompt.text = Array(text)
        prompt.cursor = prompt.text.count
        return prompt
    }

    static func noArticle(_ state: ReaderState) -> ReaderState {
        var state = state
        state.statusMessage = "No article selected"
        return state
    }

    /// The article a note or tag key is about: the one selected in the list, else the open one.
    static func articleTarget(_ state: ReaderState) -> ArticleTarget? {
        if state.focus == .list, let id = state.list.selectedID {
            let summary = state.articles.summaries[id]
            if let open = state.openArticle, open.id == id { return ArticleTarget(id: id, sourcePath: open.sourcePath) }
            if let path = summary?.sourcePath, !path.isEmpty { return ArticleTarget(id: id, sourcePath: path) }
            return nil
        }
        return state.openArticle.map { ArticleTarget(id: $0.id, sourcePath: $0.sourcePath) }
    }

    /// What is known of an article's note and tags: the open article's as read, else its list entry's.
    static func annotation(of target: ArticleTarget, in state: ReaderState) -> ArticleAnnotation? {
        if state.openArticle?.id == target.id { return state.reading.articleAnnotation }
        return state.articles.summaries[target.id]?.annotation
    }

    /// Tab in a tag prompt: the word at the cursor completed from the library's tags (and the
    /// target's own); several that fit are completed as far as they agree and listed.
    static func complete(_ state: ReaderState) -> ReaderState {
        var state = state
        guard var prompt = state.overlays.prompt else { return state }
        var start = prompt.cursor
        while start > 0, !(prompt.text[start - 1] == " " || prompt.text[start - 1] == ",") { start -= 1 }
        let typed = String(prompt.text[start..<prompt.cursor])
        let hashes = typed.prefix { $0 == "#" }
        let word = typed.dropFirst(hashes.count).lowercased()
        let others = Set(Tags.parse(String(prompt.text[..<start]) + " " + String(prompt.text[prompt.cursor...])).tags)
        let candidates = Tags.canonical(state.overlays.knownTags).filter { $0.hasPrefix(word) && !others.contains($0) }
        guard !candidates.isEmpty else {
            state.statusMessage = word.isEmpty ? "No tags yet to complete" : "No tag starts with \"\(word)\""
            return state
        }
        let completion = candidates.count == 1 ? candidates[0] + " " : commonPrefix(candidates)
        if String(hashes) + completion != typed {
            let replacement = Array(String(hashes) + completion)
            prompt.text.replaceSubrange(start..<prompt.cursor, with: replacement)
            prompt.cursor = start + replacement.count
            state.overlays.prompt = prompt
        }
        state.statusMessage = candidates.count == 1 ? nil : TagText.listed(candidates)
        return state
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }

    /// The tag prompt's text: the target's tags become exactly its words.
    static func submitTags(_ state: ReaderState, target: TagTarget, text: String) -> ReaderState {
        let parsed = Tags.parse(text)
        var state = state
        switch target {
        case .highlight(let id):
            guard var highlight = state.highlights.first(where: { $0.id == id }) else { return state }
            highlight.tags = parsed.tags
            state = AnnotationActions.replace(state, highlight)
        case .article(let article):
            state = saveArticle(state, article) { $0.tags = parsed.tags }
        }
        state.overlays.knownTags = Tags.canonical(state.overlays.knownTags + parsed.tags)
        let saved = parsed.tags.isEmpty ? "No tags" : "Tags: " + Tags.display(parsed.tags)
        state.statusMessage = parsed.rejected.isEmpty ? saved
            : saved + " · not tags: " + parsed.rejected.joined(separator: " ") + " (letters, digits, _ - /)"
        return state
    }

    /// An article's note typed in the prompt or written in the editor; its `#tag` words are added
    /// to the article's tags. Empty removes the note.
    static func setArticleNote(_ state: ReaderState, target: ArticleTarget, text: String) -> ReaderState {
        let note = text.trimmingWhitespace().isEmpty ? nil : text
        var state = saveArticle(state, target) { annotation in
            annotation.note = note
            annotation.tags = Tags.canonical(annotation.tags + Tags.hashtags(in: text))
        }
        state.statusMessage = note == nil ? "Article note removed" : "Article note saved"
        return state
    }

    /// Changes an article's note and tags, shows the change and asks the library to keep it.
    static func saveArticle(_ state: ReaderState, _ target: ArticleTarget, _ change: (inout ArticleAnnotation) -> Void) -> ReaderState {
        var state = state
        var annotation = self.annotation(of: target, in: state)
            ?? ArticleAnnotation(sourcePath: target.sourcePath, created: state.now, modified: state.now)
        annotation.sourcePath = target.sourcePath
        change(&annotation)
        annotation.modified = state.now
        let kept = annotation.isEmpty ? nil : annotation
        if state.openArticle?.id == target.id { state.reading.articleAnnotation = kept }
        state.list.updateEntry(target.id) { $0.annotation = kept }
        state.outbox.append(.saveArticleAnnotation(annotation))
        return state
    }

    /// The filter prompt's tag: the list narrows to the articles carrying it, or the list of notes
    /// to the highlights carrying it.
    static func filter(_ state: ReaderState, text: String) -> ReaderState {
        var state = state
        let words = text.split(separator: " ")
        guard let word = words.first.map(String.init), let tag = Tags.normalized(word), words.count == 1 else {
            state.statusMessage = text.trimmingWhitespace().isEmpty ? nil : "\"\(text)\" is not one tag"
            return state
        }
        if state.overlays.overlay == .allNotes {
            state.outbox.append(.loadNotes(query: "#" + tag))
        } else {
            state.outbox.append(.findTagged(tag))
        }
        return state
    }

    /// The library's answer to which articles carry a tag: the list shows only those.
    static func taggedFound(_ state: ReaderState, tag: String, articles: Set<ArticleID>) -> ReaderState {
        var state = state
        let keepSelection = state.list.selectedID
        state.list.setEntityFilter(EntityFilter(name: tag, articles: articles, isTag: true))
        state.focus = ScreenLayout(state: state).focusablePanes.contains(.list) ? .list : state.focus
        let count = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        state.statusMessage = StatusText.joined("\(count) tagged #\(tag)", state.settings.keymap.hint(.clearListNarrowing, in: .list, "in the list shows all"))
        return ListActions.keep(keepSelection, in: state)
    }

    /// The open article's note and tags arrived.
    static func annotationLoaded(_ state: ReaderState, article: ArticleID, annotation: ArticleAnnotation?) -> ReaderState {
        guard state.openArticle?.id == article else { return state }
        var state = state
        state.reading.articleAnnotation = annotation
        return state
    }
}

/// Tags as the status line lists them.
enum TagText {
    /// "#a #b #c", cut after twelve with how many more.
    static func listed(_ tags: [String]) -> String {
        let shown = tags.prefix(12)
        let more = tags.count > shown.count ? " … (\(tags.count - shown.count) more)" : ""
        return Tags.display(Array(shown)) + more
    }
}
