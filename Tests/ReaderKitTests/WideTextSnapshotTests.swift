import Testing
@testable import ReaderText
@testable import ReaderEntities
@testable import ReaderDocument
@testable import ReaderCore
@testable import ReaderLibrary

/// Snapshots of text of two columns a character and of emoji: CJK wrapped without cutting a
/// character, emoji sequences kept on one row, a combining accent on its letter.
@Suite struct WideTextSnapshotTests {
    static let text = """
        東京の朝、屋台と通勤電車

        東京の朝は早い。午前五時、場外市場ではもう屋台が湯気を上げ、始発を待つ人々が温かい味噌汁をすする。駅前の小さな店では、店主が三十年同じ手順で出汁をとっている。「毎日同じ味を出すのがいちばん難しい」と彼は笑う。

        北京和首尔的早市也一样热闹：豆浆、油条、김밥 and 떡볶이 stand side by side.

        Emoji in the text: a train 🚆, a flag 🇯🇵, a family 👨‍👩‍👧, a thumbs-up 👍🏽, a keycap 1️⃣, and a cafe\u{301} with a combining accent.

        Ｆｕｌｌｗｉｄｔｈ letters and a mix: 日本語とEnglishが混ざる文章は、単語の途中で折り返さず、全角文字の途中でも切れてはいけない。
        """

    @Test func cjkAndEmojiAt80x24() {
        let size = Size(width: 80, height: 24)
        var state = ReaderState(articles: [Fixtures.article(Self.text, path: "/tmp/tokyo.txt")], size: size)
        state = Reducer.reduce(Reducer.reduce(state, event: .resize(size)), action: .openSelected)
        let frame = ScreenRenderer.render(state)
        for line in frame.lines() { #expect(DisplayWidth.columns(of: line) == 80, "\(line)") }
        Snapshot.assertMatches(frame, named: "cjk-emoji-80x24")
    }
}
