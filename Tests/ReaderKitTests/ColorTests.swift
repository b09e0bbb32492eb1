import Testing
@testable import ReaderCore

@Suite struct ColorTests {
    @Test func configTextReadsNamesPaletteNumbersAndRGB() {
        #expect(Color(configText: "cyan") == .cyan)
        #expect(Color(configText: " Bright-Red ") == .bright(.red))
        #expect(Color(configText: "3") == .yellow)
        #expect(Color(configText: "12") == .bright(.blue))
        #expect(Color(configText: "208") == .indexed(208))
        #expect(Color(configText: "colour208") == .indexed(208))
        #expect(Color(configText: "#FF8800") == .rgb(255, 136, 0))
        for bad in ["cyanish", "256", "-1", "#ff88", "#gg0000", "", "bright-", "color"] {
            #expect(Color(configText: bad) == nil, "\(bad) is not a colour")
        }
    }

    @Test func configTextRoundTrips() {
        let colors: [Color] = [.red, .bright(.white), .indexed(17), .indexed(255), .rgb(1, 2, 3), .rgb(255, 255, 255)]
        for color in colors {
            #expect(Color(configText: color.configText) == color, "\(color.configText)")
        }
    }

    @Test func trueColourFallsBackTo256Then16Then8() {
        let orange = Color.rgb(255, 135, 0)
        #expect(orange.reduced(to: .direct) == orange)
        #expect(orange.reduced(to: .palette256) == .indexed(208), "exactly a cube entry")
        #expect(Color.rgb(255, 0, 0).reduced(to: .palette256) == .indexed(196))
        #expect(Color.rgb(128, 128, 128).reduced(to: .palette256) == .indexed(244), "greys use the grey ramp")
        #expect(Color.rgb(255, 0, 0).reduced(to: .sixteen) == .bright(.red))
        #expect(Color.rgb(255, 0, 0).reduced(to: .eight) == .red)
        #expect(Color.rgb(0, 0, 140).reduced(to: .eight) == .blue)
        #expect(Color.indexed(208).reduced(to: .sixteen) == .yellow, "orange is nearest to the dark yellow")
        #expect(Color.indexed(196).reduced(to: .eight) == .red)
        #expect(Color.bright(.green).reduced(to: .eight) == .green)
        #expect(Color.bright(.green).reduced(to: .sixteen) == .bright(.green))
        #expect(Color.cyan.reduced(to: .eight) == .cyan)
    }

    @Test func noColourDepthDropsEveryColour() {
        for color in [Color.cyan, .bright(.red), .indexed(100), .rgb(9, 9, 9)] {
            #expect(color.reduced(to: .none) == nil)
        }
    }

    @Test func depthFollowsTerminfoAndNO_COLOR() {
        #expect(ColorDepth.detect(hasColors: true, colors: 256, environment: [:]) == .palette256)
        #expect(ColorDepth.detect(hasColors: true, colors: 0x100_0000, environment: [:]) == .direct)
        #expect(ColorDepth.detect(hasColors: true, colors: 88, environment: [:]) == .sixteen)
        #expect(ColorDepth.detect(hasColors: true, colors: 8, environment: [:]) == .eight)
        #expect(ColorDepth.detect(hasColors: false, colors: 0, environment: [:]) == .none)
        #expect(ColorDepth.detect(hasColors: true, colors: 256, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth.detect(hasColors: true, colors: 256, environment: ["NO_COLOR": ""]) == .palette256,
                "an empty NO_COLOR does not count (no-color.org)")
    }

    @Test func monochromeShowsColourAsAttributes() {
        let mention = TerminalStyle(Style(foreground: .cyan), depth: .none)
        #expect(mention.foreground == nil && mention.underline)
        let highlight = TerminalStyle(Style(foreground: .black, background: .yellow), depth: .none)
        #expect(highlight.background == nil && highlight.reverse && !highlight.underline)
        let selectedHighlight = TerminalStyle(Style(background: .yellow, reverse: true), depth: .none)
        #expect(!selectedHighlight.reverse, "a highlight inside reverse video flips back, so it still differs")
        let plain = TerminalStyle(Style(bold: true), depth: .none)
        #expect(plain.bold && !plain.underline && !plain.reverse)
    }

    @Test func colourNumbersForNcurses() {
        #expect(TerminalStyle(Style(foreground: .bright(.red)), depth: .sixteen).foreground == 9)
        #expect(TerminalStyle(Style(foreground: .rgb(255, 0, 0)), depth: .palette256).foreground == 196)
        #expect(TerminalStyle(Style(foreground: .rgb(0x12, 0x34, 0x56)), depth: .direct).foreground == 0x123456)
        #expect(TerminalStyle(Style(foreground: .red), depth: .direct).foreground == 1, "basic colours stay palette entries")
        #expect(TerminalStyle(Style(foreground: .indexed(196)), depth: .direct).foreground == 0xFF0000,
                "with direct colour, numbers past 7 are RGB, so palette entries go as their RGB")
        #expect(TerminalStyle(Style(background: .cyan), depth: .eight).background == 6)
    }
}
